namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>One Fo01 code of one generation.</summary>
public sealed record GgkFoutcode(string Code, GgkFoutcodeGeneration Generation, string Omschrijving, GgkFoutClass Class);
