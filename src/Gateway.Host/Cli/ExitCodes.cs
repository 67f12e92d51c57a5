namespace Gateway.Host.Cli;

/// <summary>The exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked is valid, or the answer was printed.</summary>
    public const int Ok = 0;

    /// <summary>Something checked is invalid, or no answer exists.</summary>
    public const int Failed = 1;

    /// <summary>
    /// The command line or configuration is wrong (unknown option, missing argument, a path or schema folder that does not
    /// exist, a setting to fix, a sample key), or the store is already served by another gateway process.
    /// </summary>
    public const int Usage = 2;

    /// <summary>The gateway itself failed in a way it did not foresee (a fault to report, not a mistake of the user); sysexits' EX_SOFTWARE.</summary>
    public const int Internal = 70;
}
