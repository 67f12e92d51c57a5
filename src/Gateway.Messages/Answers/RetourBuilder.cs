using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Answers;

/// <summary>
/// Builds the retour (302/306/308/316/318/320) of a checked heen-bericht following IV028: the heen header copied
/// with the retour's BerichtCode and own identification, and then, by outcome, no RetourCodes (accepted), 0001
/// (level 2), the rule's code (header rejection) or 0200 with the whole client (or antwoord) echoed and every class
/// coded (class rejection). A 323 is answered by <see cref="DeclaratieAntwoordBuilder"/>.
/// </summary>
/// <param name="time">The clock for DagtekeningRetour (a Dutch date).</param>
/// <param name="identificaties">Hands out IdentificatieRetour.</param>
public sealed class RetourBuilder(TimeProvider time, IIdentificatieGenerator identificaties)
{
    /// <summary>The retour of any heen-bericht except the 323.</summary>
    /// <param name="heen">The received 301, 305, 307, 315, 317 or 319.</param>
    /// <param name="outcome">What checking it on levels 2–4 found.</param>
    /// <param name="xsdVersieRetour">The versions of the schema pack the retour is built with.</param>
    /// <param name="xsltVersie">The version of the XSLT checks; written only with a level-2 rejection.</param>
    public Bericht Build(Bericht heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) => heen switch
    {
        Bericht301 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht305 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht307 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht315 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht317 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht319 b => Build(b, outcome, xsdVersieRetour, xsltVersie),
        Bericht323 => throw new ArgumentException("A 323 is answered with a 325; use DeclaratieAntwoordBuilder.", nameof(heen)),
        _ => throw new ArgumentException($"{heen.Identity} is not a heen-bericht that gets a retour.", nameof(heen)),
    };

    /// <summary>The 302 of a 301.</summary>
    public Bericht302 Build(Bericht301 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht302 { Standard = heen.Standard, Release = heen.Release, Header = header, Client = codes is null ? null : RetourEcho.Client(heen.Client, codes) });

    /// <summary>The 306 of a 305.</summary>
    public Bericht306 Build(Bericht305 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht306 { Standard = heen.Standard, Release = heen.Release, Header = header, Client = codes is null ? null : RetourEcho.Client(heen.Client, codes) });

    /// <summary>The 308 of a 307.</summary>
    public Bericht308 Build(Bericht307 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht308 { Standard = heen.Standard, Release = heen.Release, Header = header, Client = codes is null ? null : RetourEcho.Client(heen.Client, codes) });

    /// <summary>The 316 of a 315.</summary>
    public Bericht316 Build(Bericht315 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht316 { Standard = heen.Standard, Release = heen.Release, Header = header, Client = codes is null ? null : RetourEcho.Client(heen.Client, codes) });

    /// <summary>The 318 of a 317.</summary>
    public Bericht318 Build(Bericht317 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht318 { Standard = heen.Standard, Release = heen.Release, Header = header, Client = codes is null ? null : RetourEcho.Client(heen.Client, codes) });

    /// <summary>The 320 of a 319: the Antwoord class is echoed on a class rejection.</summary>
    public Bericht320 Build(Bericht319 heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie = null) =>
        Retour(heen, outcome, xsdVersieRetour, xsltVersie, static (heen, header, codes) =>
            new Bericht320 { Standard = heen.Standard, Release = heen.Release, Header = header, Antwoord = codes is null ? null : RetourEcho.Antwoord(heen.Antwoord, codes) });

    // The one shape of every retour: create gets the heen-bericht, the built header and the codes to echo the body
    // with (null when only the header answers). The outcome is checked before the header is built, as it always was.
    private TRetour Retour<THeen, TRetour>(
        THeen heen,
        MessageOutcome outcome,
        XsdVersie xsdVersieRetour,
        string? xsltVersie,
        Func<THeen, RetourHeader, ClassCodeResolver?, TRetour> create)
        where THeen : Bericht
    {
        var codes = Resolve(heen, outcome);
        return create(heen, Header(heen, outcome, xsdVersieRetour, xsltVersie), codes);
    }

    // Null unless the answer echoes the body; checks the outcome against the message either way.
    private static ClassCodeResolver? Resolve(Bericht heen, MessageOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind == OutcomeKind.RejectedAtClass ? new ClassCodeResolver(heen, outcome) : null;
    }

    private RetourHeader Header(Bericht heen, MessageOutcome outcome, XsdVersie xsdVersieRetour, string? xsltVersie)
    {
        ArgumentNullException.ThrowIfNull(xsdVersieRetour);
        var retour = MessageCatalog.Get(heen.Code).AnswerCode!.Value;
        var copied = heen.Header;
        return new RetourHeader
        {
            BerichtCode = MessageCatalog.Get(retour).BerichtCode(heen.Standard),
            BerichtVersie = copied.BerichtVersie,
            BerichtSubversie = copied.BerichtSubversie,
            Afzender = copied.Afzender,
            Ontvanger = copied.Ontvanger,
            BerichtIdentificatie = copied.BerichtIdentificatie,
            XsdVersie = copied.XsdVersie,
            IdentificatieRetour = OwnIdentificatie.Next(identificaties, retour),
            DagtekeningRetour = DutchDate.Today(time),
            XsltVersie = outcome.Kind == OutcomeKind.RejectedAtLevel2 ? xsltVersie : null,
            XsdVersieRetour = xsdVersieRetour,
            RetourCodes = outcome.Kind switch
            {
                OutcomeKind.Accepted => [],
                OutcomeKind.RejectedAtClass => [RetourCodes.GeenOpmerking],
                _ => outcome.HeaderCodes,
            },
        };
    }
}
