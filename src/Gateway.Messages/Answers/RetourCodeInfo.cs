using Gateway.Messages.Rules;

namespace Gateway.Messages.Answers;

/// <summary>
/// One retourcode of release 3.2 (LDT_RetourCode) with the rule behind it, its control level and a
/// plain explanation for operators and providers, in Dutch and English.
/// </summary>
/// <param name="Code">The four-character retourcode, e.g. "9321" or "S300".</param>
/// <param name="Rule">The technical rule that raises it (e.g. "TR321"); null for the generic codes 0001, 0200, 0233, 8001.</param>
/// <param name="Level">2 for 0001, 3 (against earlier messages) or 4 (against reference data) for rule codes; null for 0200, 0233, 8001.</param>
/// <param name="MeaningNl">What the code means, in Dutch.</param>
/// <param name="MeaningEn">What the code means, in English.</param>
/// <param name="FixNl">What the sender should do about it, in Dutch.</param>
/// <param name="FixEn">What the sender should do about it, in English.</param>
public sealed record RetourCodeInfo(
    string Code,
    string? Rule,
    int? Level,
    string MeaningNl,
    string MeaningEn,
    string FixNl,
    string FixEn)
{
    /// <summary>What the code means, in Dutch and English.</summary>
    public RuleText Meaning => new(MeaningNl, MeaningEn);

    /// <summary>What the sender should do about it, in Dutch and English.</summary>
    public RuleText Fix => new(FixNl, FixEn);

    /// <summary>True for a code that rejects something (everything except 0200, 0233 and 8001).</summary>
    public bool IsRejection => Code is not (RetourCodes.GeenOpmerking or RetourCodes.NietBeoordeeld or RetourCodes.DeclaratieToegekend);
}
