namespace Gateway.Messages.Standards;

/// <summary>The fourteen messages of release 3.2; the numeric value is the message number.</summary>
public enum MessageCode
{
    Toewijzing = 301,
    ToewijzingRetour = 302,
    Start = 305,
    StartRetour = 306,
    Stop = 307,
    StopRetour = 308,
    VerzoekOmToewijzing = 315,
    VerzoekOmToewijzingRetour = 316,
    VerzoekOmWijziging = 317,
    VerzoekOmWijzigingRetour = 318,
    Antwoord = 319,
    AntwoordRetour = 320,
    Declaratie = 323,
    DeclaratieAntwoord = 325,
}
