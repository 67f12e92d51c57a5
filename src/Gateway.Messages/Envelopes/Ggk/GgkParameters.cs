namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The versions in a Di01/Du01 parameters block, each four digits (e.g. "0004").</summary>
public sealed record GgkParameters(
    string ApplicatieVersie = GgkParameters.DefaultApplicatieVersie,
    string ApplicatieSubversie = GgkParameters.DefaultApplicatieSubversie,
    string FunctieVersie = GgkParameters.DefaultFunctieVersie,
    string FunctieSubversie = GgkParameters.DefaultFunctieSubversie)
{
    /// <summary>Applicatie version sent when none is configured.</summary>
    public const string DefaultApplicatieVersie = "0001";
    /// <summary>Applicatie subversion sent when none is configured.</summary>
    public const string DefaultApplicatieSubversie = "0000";

    // Release 3.2 of the payload; the exact values the hub expects for 3.2 are not published (see domain §6.2).
    /// <summary>Functie version sent for a release 3.2 payload.</summary>
    public const string DefaultFunctieVersie = "0003";
    /// <summary>Functie subversion sent for a release 3.2 payload.</summary>
    public const string DefaultFunctieSubversie = "0002";

    /// <summary>The Fo01 details text: functie + '-' + applicatieVersie + applicatieSubversie (e.g. JW315-00020010).</summary>
    public string Details(string functie) => functie + "-" + ApplicatieVersie + ApplicatieSubversie;
}
