namespace Gateway.Storage.Sqlite;

/// <summary>Another process serves this store: its <see cref="SqliteInstanceLock"/> is taken.</summary>
public sealed class StoreInUseException : IOException
{
    /// <summary>The store at <paramref name="databasePath"/> is locked through <paramref name="lockPath"/>.</summary>
    public StoreInUseException(string databasePath, string lockPath, Exception? innerException = null)
        : base(
            $"the store {databasePath} is already served by another gateway process (it holds {lockPath}); "
            + "stop that one first, or give this one its own Gateway:Storage:DatabasePath.",
            innerException)
    {
        DatabasePath = databasePath;
        LockPath = lockPath;
    }

    /// <summary>The store file.</summary>
    public string DatabasePath { get; }

    /// <summary>The lock file beside it.</summary>
    public string LockPath { get; }
}
