using System.Runtime.Versioning;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>One serving process per store file: the lock beside the database, on a real file.</summary>
public sealed class SqliteInstanceLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-lock-").FullName;

    private string DatabasePath => Path.Combine(_directory, "data", "gateway.db");

    [Fact]
    public void Acquire_StoreAlreadyLocked_ThrowsNamingTheStoreAndTheLockFile()
    {
        using var first = SqliteInstanceLock.Acquire(DatabasePath);

        var refused = Assert.Throws<StoreInUseException>(() => SqliteInstanceLock.Acquire(DatabasePath));

        Assert.Equal(DatabasePath + SqliteInstanceLock.Suffix, first.LockPath);
        Assert.Contains(DatabasePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains(first.LockPath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Storage:DatabasePath", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void Acquire_AfterTheHolderReleased_Succeeds()
    {
        SqliteInstanceLock.Acquire(DatabasePath).Dispose();

        var second = SqliteInstanceLock.Acquire(DatabasePath);
        second.Dispose();

        // The file stays for the next start and names its last holder (read here after release: .NET's own reads lock too).
        Assert.Contains($"pid {Environment.ProcessId}", File.ReadAllText(second.LockPath), StringComparison.Ordinal);
        SqliteInstanceLock.Acquire(DatabasePath).Dispose();
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Acquire_LockFile_IsOwnerOnly()
    {
        using var held = SqliteInstanceLock.Acquire(DatabasePath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(held.LockPath));
    }

    [Fact]
    public async Task Acquire_WhileHeld_OtherStoreHandlesStillReadAndWrite()
    {
        using var held = SqliteInstanceLock.Acquire(DatabasePath);

        // The operator verbs open the store beside the serving process; the lock is not SQLite's.
        await using var reader = new SqliteMessageStore(Some.Options(DatabasePath), TimeProvider.System);
        await reader.MigrateAsync();
        await using (var tx = await reader.BeginAsync())
        {
            await tx.InsertMessageAsync(Some.Heen());
            await tx.CommitAsync();
        }

        Assert.Empty(await reader.GetQueueDepthAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
