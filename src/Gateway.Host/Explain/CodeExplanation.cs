using Gateway.Messages.Rules;

namespace Gateway.Host.Explain;

/// <summary>
/// What a code the gateway prints means and what to do about it, as <c>gateway explain</c> and <c>GET /api/explain/{code}</c>
/// answer it. Facts that do not apply are empty (or null).
/// </summary>
/// <param name="Code">The code as the catalogue spells it.</param>
/// <param name="Kind">What sort of code it is.</param>
/// <param name="Meaning">What it means, in Dutch and English.</param>
/// <param name="Fix">What the sender or operator does about it; null for a reference to the standard.</param>
internal sealed record CodeExplanation(string Code, CodeKind Kind, RuleText Meaning, RuleText? Fix)
{
    /// <summary>The control level (1 to 4), when the code belongs to one.</summary>
    public int? Level { get; init; }

    /// <summary>The retourcodes a rule answers with.</summary>
    public IReadOnlyList<string> RetourCodes { get; init; } = [];

    /// <summary>The rules that answer with a retourcode (from the rule registrations).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>The messages (301, 323 …) a rule checks.</summary>
    public IReadOnlyList<int> Messages { get; init; } = [];

    /// <summary>Further facts, in English (how the XSD enforces a rule, each generation of an IB code …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
