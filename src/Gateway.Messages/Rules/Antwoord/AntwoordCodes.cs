namespace Gateway.Messages.Rules;

/// <summary>Code values of the 319 Antwoord that its rules test on.</summary>
internal static class AntwoordCodes
{
    /// <summary>VerzoekAntwoord 1: the request is rejected.</summary>
    public const string VerzoekAfgewezen = "1";

    /// <summary>VerzoekAntwoord 2: the request is being looked into.</summary>
    public const string AanvraagInOnderzoek = "2";

    /// <summary>RedenAfwijzingVerzoek 8: another gemeente is responsible under the woonplaatsbeginsel (iJw).</summary>
    public const string RedenWoonplaatsbeginsel = "8";
}
