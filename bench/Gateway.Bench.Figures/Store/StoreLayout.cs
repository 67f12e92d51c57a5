namespace Gateway.Bench.Figures.Store;

/// <summary>
/// Where a generated store lives: the SQLite file and, beside it, the region it was generated for
/// (<c>NAME.region/</c>: reference data and contract register), the keys it was written with (<c>NAME.keys.json</c>) and
/// what the generation produced (<c>NAME.generation.json</c>, written last: a store without it is incomplete).
/// </summary>
internal sealed record StoreLayout(string Database)
{
    public string Region => Database + ".region";

    public string Keys => Database + ".keys.json";

    public string Manifest => Database + ".generation.json";

    public string ContractsFile => Path.Combine(Region, "contracts.json");

    public string ReferencePath => Path.Combine(Region, "reference");

    /// <summary>True when a generation finished into this store.</summary>
    public bool IsComplete => File.Exists(Database) && File.Exists(Manifest) && File.Exists(Keys) && File.Exists(ContractsFile);

    /// <summary>True when something of an earlier, unfinished generation is in the way.</summary>
    public bool HasLeftovers => !IsComplete && (File.Exists(Database) || File.Exists(Keys) || Directory.Exists(Region));

    /// <summary>The database, its WAL and shared-memory files.</summary>
    public long DatabaseBytes => new[] { Database, Database + "-wal", Database + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public static StoreLayout For(string path) => new(Path.GetFullPath(path));
}
