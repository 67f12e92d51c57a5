using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Answers;

/// <summary>
/// Builds the 325 of a checked 323 (IV087/IV088): its own identification, the 323's identification and XsdVersie,
/// and by outcome: 0200 + 8001 with the full amount (accepted), 0001 only (level 2), the rule's code only (header
/// rejection), the code on DeclaratieAntwoord with amount 0 (Declaratie rejected), or 0200 + 0200 with only the
/// clients that hold a rejected class and the amount of the accepted prestaties (prestaties are all-or-nothing).
/// </summary>
/// <param name="time">The clock for the 325's Dagtekening (a Dutch date).</param>
/// <param name="identificaties">Hands out the 325's own Identificatie.</param>
public sealed class DeclaratieAntwoordBuilder(TimeProvider time, IIdentificatieGenerator identificaties)
{
    private const string DeclaratiePath = "/Bericht/Declaratie";
    private const string Debet = "D";
    private const string Credit = "C";

    /// <summary>The 325 of a 323.</summary>
    /// <param name="declaratie">The received 323.</param>
    /// <param name="outcome">What checking it on levels 2–4 found; class paths are those of the 323.</param>
    /// <param name="xsdVersie">The versions of the schema pack the 325 is built with.</param>
    /// <param name="xsltVersie">The version of the XSLT checks; written only with a level-2 rejection.</param>
    public Bericht325 Build(Bericht323 declaratie, MessageOutcome outcome, XsdVersie xsdVersie, string? xsltVersie = null)
    {
        ArgumentNullException.ThrowIfNull(declaratie);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(xsdVersie);
        var codes = outcome.Kind == OutcomeKind.RejectedAtClass ? new ClassCodeResolver(declaratie, outcome) : null;
        return new Bericht325
        {
            Standard = declaratie.Standard,
            Release = declaratie.Release,
            Header = Header(declaratie, outcome, xsdVersie, xsltVersie),
            DeclaratieAntwoord = outcome.Kind switch
            {
                OutcomeKind.Accepted => Accepted(declaratie.Declaratie),
                OutcomeKind.RejectedAtClass => Answer(declaratie.Declaratie, codes!),
                _ => null,
            },
        };
    }

    /// <summary>Σ debit − Σ credit of the given prestaties, as an amount with its DebetCredit sign.</summary>
    internal static TotaalBedragMetDC Total(IEnumerable<Prestatie> prestaties)
    {
        var saldo = prestaties.Sum(p => p.IngediendBedrag.DebetCredit == Credit ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag);
        return saldo < 0 ? new TotaalBedragMetDC(-saldo, Credit) : new TotaalBedragMetDC(saldo, Debet);
    }

    private static DeclaratieAntwoord Accepted(Declaratie declaratie) => new()
    {
        DeclaratieNummer = declaratie.DeclaratieNummer,
        TotaalIngediendBedrag = declaratie.TotaalIngediendBedrag,
        TotaalToegekendBedrag = declaratie.TotaalIngediendBedrag,
        RetourCodes = [RetourCodes.DeclaratieToegekend],
    };

    private static DeclaratieAntwoord Answer(Declaratie declaratie, ClassCodeResolver codes)
    {
        if (codes.IsRejected(DeclaratiePath))
        {
            // The declaration as a whole is refused: nothing is granted and no client is listed.
            return new DeclaratieAntwoord
            {
                DeclaratieNummer = declaratie.DeclaratieNummer,
                TotaalIngediendBedrag = declaratie.TotaalIngediendBedrag,
                TotaalToegekendBedrag = new TotaalBedragMetDC(0, Debet),
                RetourCodes = codes.For(DeclaratiePath),
            };
        }

        var listed = new List<DeclaratieClient>();
        var accepted = new List<Prestatie>();
        for (var c = 0; c < declaratie.Clienten.Count; c++)
        {
            var client = declaratie.Clienten[c];
            var clientPath = ClassPaths.Item(DeclaratiePath + "/Clienten", "Client", c + 1);
            var prestaties = client.Prestaties
                .Select((prestatie, p) => (Prestatie: prestatie, Path: ClassPaths.Item(clientPath + "/Prestaties", "Prestatie", p + 1)))
                .ToList();
            accepted.AddRange(prestaties.Where(p => !codes.IsRejected(p.Path) && !codes.IsBelowRejected(p.Path)).Select(p => p.Prestatie));
            if (!codes.IsRejectedAtOrBelow(clientPath))
            {
                continue;
            }

            // Accepted prestaties are never listed; those of a rejected client are, with 0233.
            listed.Add(client with
            {
                RetourCodes = codes.For(clientPath),
                Prestaties = prestaties
                    .Where(p => codes.IsRejected(p.Path) || codes.IsBelowRejected(p.Path))
                    .Select(p => p.Prestatie with { RetourCodes = codes.For(p.Path) })
                    .ToArray(),
            });
        }

        return new DeclaratieAntwoord
        {
            DeclaratieNummer = declaratie.DeclaratieNummer,
            TotaalIngediendBedrag = declaratie.TotaalIngediendBedrag,
            TotaalToegekendBedrag = Total(accepted),
            Clienten = listed,
            RetourCodes = [RetourCodes.GeenOpmerking],
        };
    }

    private DeclaratieAntwoordHeader Header(Bericht323 declaratie, MessageOutcome outcome, XsdVersie xsdVersie, string? xsltVersie)
    {
        var heen = declaratie.Header;
        return new DeclaratieAntwoordHeader
        {
            BerichtCode = MessageCatalog.Get(MessageCode.DeclaratieAntwoord).BerichtCode(declaratie.Standard),
            BerichtVersie = heen.BerichtVersie,
            BerichtSubversie = heen.BerichtSubversie,
            Afzender = heen.Ontvanger,
            Ontvanger = heen.Afzender,
            BerichtIdentificatie = new BerichtIdentificatie(
                OwnIdentificatie.Next(identificaties, MessageCode.DeclaratieAntwoord),
                DutchDate.Today(time)),
            XsdVersie = xsdVersie,
            DeclaratieIdentificatie = heen.BerichtIdentificatie,
            XsltVersie = outcome.Kind == OutcomeKind.RejectedAtLevel2 ? xsltVersie : null,
            XsdVersieDeclaratie = heen.XsdVersie,
            RetourCodes = outcome.Kind is OutcomeKind.Accepted or OutcomeKind.RejectedAtClass
                ? [RetourCodes.GeenOpmerking]
                : outcome.HeaderCodes,
        };
    }
}
