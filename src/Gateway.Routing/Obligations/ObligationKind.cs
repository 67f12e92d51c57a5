namespace Gateway.Routing.Obligations;

/// <summary>What is owed, after the response times of the standard (istandaarden-3.2 §5.4).</summary>
public enum ObligationKind
{
    /// <summary>A retour (302/306/308/316/318/320) within 3 working days of its heen-bericht (OP090).</summary>
    Retour,

    /// <summary>A 325 within 10 working days of a 323 (OP090x4).</summary>
    DeclaratieAntwoord,

    /// <summary>Per requested product of a 315, a 301 or 319 within 5 working days (OP274).</summary>
    ToewijzingVerzoekAntwoord,

    /// <summary>For a 317, one 301 or 319 within 5 working days (OP346).</summary>
    WijzigingVerzoekAntwoord,

    /// <summary>After a 319 "in onderzoek", a final 301 or 319 afgewezen within 8 weeks of the request's dagtekening (OP274).</summary>
    DefinitiefAntwoord,

    /// <summary>
    /// After a Jeugdwet 319 "in onderzoek", a refusal for the woonplaatsbeginsel (reden 8) only within 2 weeks of the
    /// request's dagtekening (OP359); closed by the final answer.
    /// </summary>
    Woonplaatsbeginsel,

    /// <summary>A 305 within 5 working days after the care started (OP271); recorded only when sent later.</summary>
    Start,

    /// <summary>A 307 within 5 working days after the care stopped (OP272); recorded only when sent later.</summary>
    Stop,
}
