// The store tests read the SQLite files themselves (-wal, -shm) and several clear every connection pool when they end;
// run in parallel, one class's ClearAllPools closes another's last connection and SQLite deletes the files it is reading.
// The whole project runs in seconds, so its classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
