namespace Gateway.Host.Cli;

/// <summary>A file to check: its absolute path and how to show it (relative to what the user typed).</summary>
internal sealed record MessageFile(string FullPath, string Display);
