namespace Gateway.Host.Precheck;

/// <summary>One code of a pre-check's answer with what `gateway explain` says about it.</summary>
/// <param name="Level">1 … 4; null for a retourcode that rejects nothing (0200, 8001).</param>
/// <param name="Code">The rule (TR338, CS002), level-1 code (XSD) or retourcode (9338).</param>
/// <param name="RetourCode">The retourcode it answers with; null for a refusal (Fo01).</param>
/// <param name="Where">The class it is about (e.g. /Bericht/Client[1]/Prestaties/Prestatie[2]); null for the whole message.</param>
/// <param name="Message">What the check found here, when it said more than the catalogue.</param>
/// <param name="MeaningNl">What it means, in Dutch.</param>
/// <param name="MeaningEn">What it means, in English.</param>
/// <param name="FixNl">What to do about it, in Dutch.</param>
/// <param name="FixEn">What to do about it, in English.</param>
internal sealed record ExplainedCode(int? Level, string Code, string? RetourCode, string? Where, string? Message, string MeaningNl, string MeaningEn, string FixNl, string FixEn);
