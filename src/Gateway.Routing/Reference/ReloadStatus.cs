namespace Gateway.Routing.Reference;

/// <summary>What an operator needs to see about a reloadable configuration file.</summary>
/// <param name="Name">What it is, e.g. "contract register".</param>
/// <param name="LoadedAt">When the data in use was loaded.</param>
/// <param name="Generation">1 for the first load, +1 for each successful reload.</param>
/// <param name="LastError">The problems of the last failed reload (the previous data stays in use); null when the last attempt succeeded.</param>
/// <param name="LastErrorAt">When that reload failed.</param>
public sealed record ReloadStatus(string Name, DateTimeOffset LoadedAt, int Generation, ConfigurationFileException? LastError, DateTimeOffset? LastErrorAt)
{
    /// <summary>True when the last reload failed and older data is in use.</summary>
    public bool IsStale => LastError is not null;
}
