namespace Gateway.Host.Console;

/// <summary>The two kinds of console account.</summary>
internal enum ConsoleAccountKind
{
    /// <summary>An operator account of <c>Gateway:Operators</c>.</summary>
    Operator,

    /// <summary>The back office of one gemeente, signed in with its back-office API key.</summary>
    BackOffice,
}
