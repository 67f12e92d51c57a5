namespace Gateway.Messages.Standards;

/// <summary>
/// The bedrijfsregels (OP…) and invulinstructies (IV…) of release 3.2 that the gateway's texts cite, in our own words:
/// they are not checked as rules with a code of their own, but a reader of an answer or a report must be able to look
/// them up with <c>gateway explain</c>.
/// </summary>
public static class RuleReferences
{
    private static readonly RuleReference[] All =
    [
        R("IV008", "De logische sleutel van een start of stop: ToewijzingNummer, Product en Begindatum (bij een stop ook de einddatum en reden).", "The logical key of a start or stop: ToewijzingNummer, Product and Begindatum (for a stop also the end date and reason)."),
        R("IV028", "Een retour noemt per klasse een retourcode; een bericht dat al op niveau 1 faalt krijgt geen retour maar een foutmelding op transportniveau.", "A retour gives a retourcode per class; a message failing level 1 gets no retour but an error at transport level."),
        R("IV033", "XsltVersie is verplicht in een retour of 325 waarvan een afkeuring op de gepubliceerde XSLT-controles berust.", "XsltVersie is required in a retour or 325 whose rejection rests on the published XSLT checks."),
        R("IV087", "De 325 beantwoordt een 323: alleen afgewezen klassen staan erin, met hun retourcode.", "The 325 answers a 323: it holds only the rejected classes, each with its retourcode."),
        R("OP065", "Op elk heen-bericht volgt een retour met voor elke klasse een retourcode.", "Every heen-bericht is answered by a retour with a retourcode for each class."),
        R("OP087", "Een 301 bevat alle actuele toewijzingen van de cliënt bij die aanbieder en alle toewijzingen die sinds de vorige 301 zijn gewijzigd.", "A 301 carries every current toewijzing of the client at that provider, and every toewijzing changed since the previous 301."),
        R("OP090", "Een retour wordt binnen 3 werkdagen na ontvangst verstuurd; de verzender moet een uitblijvende retour navragen.", "A retour is sent within 3 working days of receipt; the sender must chase a retour that does not come."),
        R("OP090x4", "De 325 wordt binnen 10 werkdagen na ontvangst van de 323 verstuurd, ook als alles is goedgekeurd.", "The 325 is sent within 10 working days of receiving the 323, also when everything is approved."),
        R("OP179", "Een bericht is ten hoogste 25 MB groot.", "A message is at most 25 MB."),
        R("OP192", "Een bericht is XML in UTF-8 zonder byte order mark (BOM).", "A message is XML in UTF-8 without a byte order mark (BOM)."),
        R("OP271", "De aanbieder meldt het begin van de zorg met een 305 binnen 5 werkdagen na de start.", "The provider reports the start of care with a 305 within 5 working days of the start."),
        R("OP272", "De aanbieder meldt het einde van de zorg met een 307 binnen 5 werkdagen na het einde.", "The provider reports the end of care with a 307 within 5 working days of the end."),
        R("OP274", "De gemeente beantwoordt elk aangevraagd product van een 315 binnen 5 werkdagen met een 301 of 319; na 'in onderzoek' volgt binnen 8 weken het definitieve antwoord.", "The municipality answers each requested product of a 315 within 5 working days with a 301 or 319; after 'in onderzoek' the final answer follows within 8 weeks."),
        R("OP286", "Een heen-bericht met een fout wordt in zijn geheel afgekeurd en geldt als niet verstuurd.", "A heen-bericht with an error is rejected as a whole and counts as never sent."),
        R("OP304", "In een 325 staan alleen de cliënten met ten minste één afgewezen klasse.", "A 325 holds only the clients with at least one rejected class."),
        R("OP346", "De gemeente beantwoordt een 317 als geheel binnen 5 werkdagen met één 301 of één 319.", "The municipality answers a 317 as a whole within 5 working days with one 301 or one 319."),
        R("OP359", "Een afwijzing op grond van het woonplaatsbeginsel volgt binnen 2 weken en noemt de juiste gemeente.", "A refusal on the woonplaatsbeginsel follows within 2 weeks and names the right municipality."),
    ];

    /// <summary>Every reference the gateway cites.</summary>
    public static IReadOnlyList<RuleReference> Codes => All;

    /// <summary>The reference, or null when the gateway does not cite it.</summary>
    public static RuleReference? Find(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    private static RuleReference R(string code, string nl, string en) => new(code, new(nl, en));
}
