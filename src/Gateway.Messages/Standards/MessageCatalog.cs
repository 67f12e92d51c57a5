namespace Gateway.Messages.Standards;

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
