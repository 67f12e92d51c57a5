namespace Gateway.Host.Cli;

/// <summary>A problem with the command line, reported on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
