using System.Globalization;
using System.Text;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// Makes one process the only one serving a SQLite store: an exclusive OS lock (<c>flock</c> on Unix, a sharing lock on
/// Windows) on <c>{database}.lock</c> beside the database, held until <see cref="Dispose"/> or the process ends. The
/// kernel drops the lock with the process, so a killed instance never leaves a stale lock; the file itself stays and is
/// reused. Short-lived readers (the operator verbs) do not take it.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    /// <summary>Appended to the database path to name the lock file.</summary>
    public const string Suffix = ".lock";

    private readonly FileStream _file;

    private SqliteInstanceLock(string databasePath, string lockPath, FileStream file)
    {
        DatabasePath = databasePath;
        LockPath = lockPath;
        _file = file;
    }

    /// <summary>The store this lock guards.</summary>
    public string DatabasePath { get; }

    /// <summary>The lock file beside it.</summary>
    public string LockPath { get; }

    /// <summary>Takes the lock, or throws <see cref="StoreInUseException"/> when another process (or instance) serves the store.</summary>
    public static SqliteInstanceLock Acquire(string databasePath)
    {
        var database = Path.GetFullPath(databasePath);
        var lockPath = database + Suffix;
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        // FileShare.None is an exclusive, non-blocking flock on Unix: a second open fails while this handle lives.
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        FileStream file;
        try
        {
            file = new FileStream(lockPath, options);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new StoreInUseException(database, lockPath, e);
        }

        // Who holds it, for an operator who looks (cat gateway.db.lock); never read by the gateway.
        var holder = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName}\n"));
        file.SetLength(0);
        file.Write(holder);
        file.Flush();
        return new SqliteInstanceLock(database, lockPath, file);
    }

    /// <summary>Releases the lock (the file stays).</summary>
    public void Dispose() => _file.Dispose();

    /// <summary>
    /// The lock is taken, as opposed to any other reason the file cannot be opened (a read-only disk, a bad path), which
    /// is reported as it is: on Unix the errno of the refused flock (EWOULDBLOCK: 11 on Linux, 35 on macOS and BSD), on
    /// Windows a sharing or lock violation.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e) =>
        OperatingSystem.IsWindows()
            ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
            : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);
}
