namespace Gateway.Messages.Standards;

/// <summary>The fourteen messages of release 3.2; the numeric value is the message number.</summary>
public enum MessageCode
{
    /// <summary>301 toewijzing (gemeente to aanbieder).</summary>
    Toewijzing = 301,
    /// <summary>302 retour of a 301.</summary>
    ToewijzingRetour = 302,
    /// <summary>305 start of care (aanbieder to gemeente).</summary>
    Start = 305,
    /// <summary>306 retour of a 305.</summary>
    StartRetour = 306,
    /// <summary>307 stop of care (aanbieder to gemeente).</summary>
    Stop = 307,
    /// <summary>308 retour of a 307.</summary>
    StopRetour = 308,
    /// <summary>315 request for a toewijzing (aanbieder to gemeente).</summary>
    VerzoekOmToewijzing = 315,
    /// <summary>316 retour of a 315.</summary>
    VerzoekOmToewijzingRetour = 316,
    /// <summary>317 request to change a toewijzing (aanbieder to gemeente).</summary>
    VerzoekOmWijziging = 317,
    /// <summary>318 retour of a 317.</summary>
    VerzoekOmWijzigingRetour = 318,
    /// <summary>319 answer to a 315 or 317 (gemeente to aanbieder).</summary>
    Antwoord = 319,
    /// <summary>320 retour of a 319.</summary>
    AntwoordRetour = 320,
    /// <summary>323 declaratie (aanbieder to gemeente).</summary>
    Declaratie = 323,
    /// <summary>325 answer to a 323 (gemeente to aanbieder).</summary>
    DeclaratieAntwoord = 325,
}
