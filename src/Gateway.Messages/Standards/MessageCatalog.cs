namespace Gateway.Messages.Standards;

/// <summary>Who sends a message: the gemeente or the aanbieder (care provider).</summary>
public enum Party
{
    Gemeente,
    Aanbieder,
}

/// <summary>Facts of one message of release 3.2 that do not depend on the schema pack.</summary>
public sealed record MessageInfo(
    MessageCode Code,
    string Name,
    Party Sender,
    MessageCode? AnswerCode,
    MessageCode? AnswersCode,
    string IjwBerichtCode,
    string IwmoBerichtCode)
{
    /// <summary>The number as text, e.g. "301".</summary>
    public string Number => ((int)Code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for the copy-header retours 302/306/308/316/318/320 (not the 325).</summary>
    public bool IsRetour => AnswersCode is not null && Code != MessageCode.DeclaratieAntwoord;

    /// <summary>The BerichtCode (Vektis COD002) of this message in the given standard.</summary>
    public string BerichtCode(Standard standard) => standard == Standard.Ijw ? IjwBerichtCode : IwmoBerichtCode;

    /// <summary>The message name with the standard's prefix, e.g. "JW301" or "WMO325".</summary>
    public string QualifiedName(Standard standard) => standard.MessagePrefix().ToUpperInvariant() + Number;
}

/// <summary>The catalogue of release-3.2 messages: numbers, names, directions and BerichtCodes.</summary>
public static class MessageCatalog
{
    private static readonly MessageInfo[] All =
    [
        new(MessageCode.Toewijzing, "Toewijzing", Party.Gemeente, MessageCode.ToewijzingRetour, null, "436", "414"),
        new(MessageCode.ToewijzingRetour, "Toewijzing retour", Party.Aanbieder, null, MessageCode.Toewijzing, "437", "415"),
        new(MessageCode.Start, "Start zorg/ondersteuning", Party.Aanbieder, MessageCode.StartRetour, null, "438", "418"),
        new(MessageCode.StartRetour, "Start retour", Party.Gemeente, null, MessageCode.Start, "439", "419"),
        new(MessageCode.Stop, "Stop zorg/ondersteuning", Party.Aanbieder, MessageCode.StopRetour, null, "440", "420"),
        new(MessageCode.StopRetour, "Stop retour", Party.Gemeente, null, MessageCode.Stop, "441", "421"),
        new(MessageCode.VerzoekOmToewijzing, "Verzoek om toewijzing", Party.Aanbieder, MessageCode.VerzoekOmToewijzingRetour, null, "446", "444"),
        new(MessageCode.VerzoekOmToewijzingRetour, "Verzoek om toewijzing retour", Party.Gemeente, null, MessageCode.VerzoekOmToewijzing, "447", "445"),
        new(MessageCode.VerzoekOmWijziging, "Verzoek om wijziging", Party.Aanbieder, MessageCode.VerzoekOmWijzigingRetour, null, "486", "480"),
        new(MessageCode.VerzoekOmWijzigingRetour, "Verzoek om wijziging retour", Party.Gemeente, null, MessageCode.VerzoekOmWijziging, "487", "481"),
        new(MessageCode.Antwoord, "Antwoordbericht", Party.Gemeente, MessageCode.AntwoordRetour, null, "488", "482"),
        new(MessageCode.AntwoordRetour, "Antwoordbericht retour", Party.Aanbieder, null, MessageCode.Antwoord, "489", "483"),
        new(MessageCode.Declaratie, "Declaratie", Party.Aanbieder, MessageCode.DeclaratieAntwoord, null, "490", "484"),
        new(MessageCode.DeclaratieAntwoord, "Declaratie-antwoord", Party.Gemeente, null, MessageCode.Declaratie, "491", "485"),
    ];

    private static readonly Dictionary<MessageCode, MessageInfo> ByCode = All.ToDictionary(m => m.Code);

    /// <summary>Every message of the release, in number order.</summary>
    public static IReadOnlyList<MessageInfo> Messages => All;

    /// <summary>The facts of one message.</summary>
    public static MessageInfo Get(MessageCode code) => ByCode[code];

    /// <summary>Parses a message number such as "301".</summary>
    public static bool TryParseNumber(string? number, out MessageCode code)
    {
        code = default;
        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        if (!Enum.IsDefined(typeof(MessageCode), n))
        {
            return false;
        }

        code = (MessageCode)n;
        return true;
    }
}
