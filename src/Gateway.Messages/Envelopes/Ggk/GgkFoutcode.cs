namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>One Fo01 code of one generation.</summary>
public sealed record GgkFoutcode(string Code, GgkFoutcodeGeneration Generation, string Omschrijving, GgkFoutClass Class)
{
    /// <summary>The omschrijving in English, for explaining the code (the list's own text is <see cref="Omschrijving"/>).</summary>
    public string OmschrijvingEn { get; init; } = Omschrijving;
}
