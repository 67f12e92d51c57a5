namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>One Fo01 code of one generation.</summary>
public sealed record GgkFoutcode(string Code, GgkFoutcodeGeneration Generation, string Omschrijving, GgkFoutClass Class);

/// <summary>
/// The Fo01 codes of the GGk chain (both generations) with a classification for the retry policy.
/// Choices: IB103 (freeze) is transient; size, schema, authorisation, routing and unknown organisations are
/// permanent (sending the same envelope again cannot fix them); IB216 (2017) and IB016 (2025): referentienummer not unique
/// mean an earlier attempt of the same envelope arrived — we always send a delivery with the same
/// referentienummer, so we count it as delivered rather than dead-letter a message the hub has.
/// IB019/IB020 (a 325 already submitted) stay permanent: it may be a different 325, an operator must look.
    /// A code on neither list is classed permanent: an operator sees it at once instead of after the horizon.
