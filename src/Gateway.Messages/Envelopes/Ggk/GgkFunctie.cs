using Gateway.Messages.Standards;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The envelope functie (JW301, WMO325 …) derived from, and parsed back into, a payload identity.</summary>
public static class GgkFunctie
{
    /// <summary>The functie of a message of a standard, e.g. JW301.</summary>
    public static string For(Standard standard, MessageCode code) => MessageCatalog.Get(code).QualifiedName(standard);

    /// <summary>The functie of a payload identity.</summary>
    public static string For(MessageIdentity identity) => For(identity.Standard, identity.Message);

    /// <summary>Parses JW3xx / WMO3xx (upper case, as on the wire).</summary>
    public static bool TryParse(string? functie, out Standard standard, out MessageCode code)
    {
        standard = default;
        code = default;
        if (functie is null)
        {
            return false;
        }

        string number;
        if (functie.StartsWith("JW", StringComparison.Ordinal))
        {
            standard = Standard.Ijw;
            number = functie[2..];
        }
        else if (functie.StartsWith("WMO", StringComparison.Ordinal))
        {
            standard = Standard.Iwmo;
            number = functie[3..];
        }
        else
        {
            return false;
        }

        return number.Length == 3 && MessageCatalog.TryParseNumber(number, out code);
    }

    /// <summary>True for a retour or 325 functie: those travel in a Du01, heen-berichten in a Di01.</summary>
    public static GgkBerichtcode EnvelopeFor(MessageCode code) =>
        MessageCatalog.Get(code).AnswersCode is null ? GgkBerichtcode.Di01 : GgkBerichtcode.Du01;
}
