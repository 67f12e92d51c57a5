using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Properties;

/// <summary>
/// Sends the steps of a generated sequence through the real pipeline (outbound 301 via the OutboundSubmitter, inbound
/// 305/307/323 via the InboundProcessor) as schema-valid messages built with <see cref="Traffic"/>, and reads each
/// answer into an <see cref="Observation"/>.
/// </summary>
internal sealed class StepMessages(TestGateway gateway)
{
    /// <summary>The BSNs of client 0 and client 1.</summary>
    public static readonly IReadOnlyList<string> Bsns = [Traffic.Bsn, Traffic.OtherBsn];

    private readonly Traffic _ijw = new(gateway, Standard.Ijw);
    private readonly Traffic _iwmo = new(gateway, Standard.Iwmo);

    /// <summary>Sends one step and returns what came back, in the model's format.</summary>
    public async Task<string> SendAsync(Step step)
    {
        var t = step.Parties.Standard == Standard.Ijw ? _ijw : _iwmo;
        switch (step)
        {
            case ToewijzingStep s:
                var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(BerichtWriter.ToBytes(Toewijzing(t, s)), s.Parties.Gemeente, "property"));
                return receipt.Queued ? Observation.Queued
                    : receipt.Issues.Count == 0 ? "refused: " + receipt.Reason
                    : Observation.Refused(receipt.Issues.Select(i => $"{i.Path} {i.RetourCode ?? i.Code}"));
            case StartStep s:
                return await InboundAsync(t, Start(t, s), "StartProducten/StartProduct", s.Lines.Count);
            case StopStep s:
                return await InboundAsync(t, Stop(t, s), "StopProducten/StopProduct", s.Lines.Count);
            case DeclaratieStep s:
                return await DeclaratieAsync(t, s);
            default:
                throw new ArgumentException("Unknown step " + step.GetType().Name, nameof(step));
        }
    }

    private static Bericht301 Toewijzing(Traffic t, ToewijzingStep s)
    {
        var bericht = t.Bericht301(Bsns[s.Client], [.. s.Lines.Select(l => new ToegewezenProduct
        {
            ToewijzingNummer = l.Nummer,
            Product = l.Product,
            Toewijzingsdatum = ToewijzingLine.Datum,
            Toewijzingstijd = l.Tijd,
            Ingangsdatum = l.Ingang,
            Einddatum = l.Einde,
            RedenWijziging = l.Reden,
            Omvang = l.Omvang,
            Budget = l.Budget,
        })]);
        return bericht with { Header = Route(bericht.Header, s.Parties, fromGemeente: true) };
    }

    private static Bericht305 Start(Traffic t, StartStep s)
    {
        var bericht = t.Bericht305([.. s.Lines.Select(l => t.Start(l.Nummer, l.Begin, l.Status, l.Product) with { Product = l.Product, ToewijzingIngangsdatum = l.Nummer is null ? null : l.ToewijzingIngang })]);
        return bericht with { Header = Route(bericht.Header, s.Parties, fromGemeente: false), Client = bericht.Client with { Bsn = Bsns[s.Client] } };
    }

    private static Bericht307 Stop(Traffic t, StopStep s)
    {
        var bericht = t.Bericht307([.. s.Lines.Select(l => t.Stop(l.Nummer, l.Begin, l.Reden, l.Einde, l.Status, l.Product) with { Product = l.Product, ToewijzingIngangsdatum = l.Nummer is null ? null : l.ToewijzingIngang })]);
        return bericht with { Header = Route(bericht.Header, s.Parties, fromGemeente: false), Client = bericht.Client with { Bsn = Bsns[s.Client] } };
    }

    private static Header Route(Header header, Parties parties, bool fromGemeente) => header with
    {
        Afzender = fromGemeente ? parties.Gemeente : parties.Aanbieder,
        Ontvanger = fromGemeente ? parties.Aanbieder : parties.Gemeente,
    };

    private static async Task<string> InboundAsync(Traffic t, Bericht bericht, string lines, int count)
    {
        var (receipt, answer) = await t.ReceiveAsync(bericht);
        if (receipt.Disposition == InboundDisposition.Accepted)
        {
            return Observation.Accepted;
        }

        if (answer is null)
        {
            return $"no answer ({receipt.Disposition} {string.Join(",", receipt.RetourCodes)})";
        }

        var header = Traffic.CodesAt(answer, ClassPaths.Header);
        if (header.Contains("0001"))
        {
            return "header " + Observation.Codes(header);
        }

        var parts = new List<string> { "header " + Observation.Codes(header), "client " + Observation.Codes(Traffic.CodesAt(answer, "/Bericht/Client")) };
        for (var i = 1; i <= count; i++)
        {
            parts.Add($"line {i} " + Observation.Codes(Traffic.CodesAt(answer, $"/Bericht/Client/{lines}[{i}]")));
        }

        return string.Join(" | ", parts);
    }

    private static async Task<string> DeclaratieAsync(Traffic t, DeclaratieStep s)
    {
        var clients = s.Prestaties.Select(p => p.Client).Distinct().ToList();
        var saldo = s.Prestaties.Sum(p => p.Credit ? -p.Bedrag : p.Bedrag);
        var header = t.Header(MessageCode.Declaratie);
        var bericht = new Bericht323
        {
            Standard = t.Standard,
            Header = Route(header, s.Parties, fromGemeente: false),
            Declaratie = new Declaratie
            {
                DeclaratieNummer = s.Nummer,
                DeclaratiePeriode = new GeslotenPeriode(s.Maand, s.Maand.AddMonths(1).AddDays(-1)),
                DeclaratieDagtekening = Traffic.Dagtekening,
                TotaalIngediendBedrag = new TotaalBedragMetDC(Math.Abs(saldo), saldo < 0 ? "C" : "D"),
                Clienten = [.. clients.Select(c => new DeclaratieClient { Bsn = Bsns[c], Prestaties = [.. s.Prestaties.Where(p => p.Client == c).Select(Prestatie)] })],
            },
        };

        var (receipt, answer) = await t.ReceiveAsync(bericht);
        if (answer is not Bericht325 antwoord)
        {
            return $"no 325 ({receipt.Disposition} {string.Join(",", receipt.RetourCodes)})";
        }

        if (antwoord.DeclaratieAntwoord is not { } a)
        {
            return "header " + Observation.Codes(antwoord.Header.RetourCodes);
        }

        var parts = new List<string>
        {
            "header " + Observation.Codes(antwoord.Header.RetourCodes),
            "antwoord " + Observation.Codes(a.RetourCodes),
            "toegekend " + Signed(a.TotaalToegekendBedrag),
            "ingediend " + Signed(a.TotaalIngediendBedrag),
        };
        foreach (var client in a.Clienten ?? [])
        {
            parts.Add($"client {Bsns.ToList().IndexOf(client.Bsn)} {Observation.Codes(client.RetourCodes)}");
            parts.AddRange(client.Prestaties.Select(p => $"{p.ProductReferentie.ReferentieNummer} {Observation.Codes(p.RetourCodes)}"));
        }

        return string.Join(" | ", parts);
    }

    private static string Signed(TotaalBedragMetDC bedrag) => Observation.Amount(bedrag.DebetCredit == "C" ? -bedrag.TotaalBedrag : bedrag.TotaalBedrag);

    private static Prestatie Prestatie(PrestatieLine p) => new()
    {
        ProductReferentie = new Referentie(p.Referentie, p.Vorig),
        ToewijzingNummer = p.Toewijzing,
        ProductCategorie = p.Product.Categorie,
        ProductCode = p.Product.Code!,
        ProductPeriode = new GeslotenPeriode(p.Begin, p.Einde),
        GeleverdVolume = p.Volume,
        Eenheid = p.Eenheid,
        ProductTarief = p.Tarief,
        IngediendBedrag = new BedragMetDC(p.Bedrag, p.Credit ? "C" : "D"),
    };
}
