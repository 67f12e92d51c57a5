namespace Gateway.Messages.Answers;

/// <summary>
/// The 59 retourcodes of release 3.2 (identical in iJw and iWmo), looked up by code or by the rule
/// that raises them. A code outside this list fails the retour schema, so nothing else may be sent.
/// </summary>
public static class RetourCodeCatalogue
{
    /// <summary>The number of retourcodes in release 3.2.</summary>
    public const int Count = 59;

    private static readonly IReadOnlyList<RetourCodeInfo> AllCodes = RetourCodeData.Build();

    private static readonly Dictionary<string, RetourCodeInfo> ByCode =
        AllCodes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, RetourCodeInfo> ByRule =
        AllCodes.Where(c => c.Rule is not null).ToDictionary(c => c.Rule!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every retourcode of the release, in code order.</summary>
    public static IReadOnlyList<RetourCodeInfo> All => AllCodes;

    /// <summary>True when the code is one of the 59 of release 3.2.</summary>
    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The retourcode with this code, or null when it is not part of release 3.2.</summary>
    public static RetourCodeInfo? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var info) ? info : null;

    /// <summary>The retourcode with this code; throws for a code outside release 3.2.</summary>
    public static RetourCodeInfo Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"'{code}' is not a retourcode of release 3.2.");

    /// <summary>
    /// The retourcode a level-3/4 rule answers with (e.g. "TR321" gives 9321), or null when the rule has
    /// no own code (level-2 rules answer with 0001; TR337, TR371 and TR376 have none).
    /// </summary>
    public static RetourCodeInfo? FindByRule(string? rule) =>
        rule is not null && ByRule.TryGetValue(rule, out var info) ? info : null;
}
