using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Inputs;

/// <summary>
/// Writes a large iJw 323 that is valid at levels 1 and 2: per client two to five prestaties (two debits, a credit of
/// last month with its VorigReferentieNummer and the replacing debit, an Eenheid-83 prestatie), each ProductPeriode
/// inside one calendar month at or before the DeclaratiePeriode month, IngediendBedrag = GeleverdVolume ×
/// ProductTarief, TotaalIngediendBedrag = Σ debit − Σ credit, unique ReferentieNummers and 11-proef BSNs.
/// </summary>
internal static class DeclaratieGenerator
{
    private static readonly DateOnly Month = new(2026, 10, 1);
    private static readonly DateOnly PreviousMonth = Month.AddMonths(-1);

    /// <summary>Generates a document of about <paramref name="targetBytes"/> and returns it on disk.</summary>
    public static InputFile Generate(RepositoryLayout repo, string outDir, long targetBytes)
    {
        // The size is linear in the number of clients: measure a small document, then scale.
        var probe = BerichtWriter.ToBytes(Build(200)).LongLength;
        var perClient = (probe - BerichtWriter.ToBytes(Build(1)).LongLength) / 199.0;
        var clients = Math.Max(1, (int)(targetBytes / perClient));

        var path = Path.Combine(Directory.CreateDirectory(outDir).FullName, "jw323-big.xml");
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            BerichtWriter.Write(Build(clients), file);
        }

        return new InputFile(path, repo.Xsd(Standard.Ijw.Key(), BerichtWriter.MessagePrefix(Standard.Ijw, MessageCode.Declaratie)), new FileInfo(path).Length);
    }

    /// <summary>The 323 with <paramref name="clientCount"/> clients.</summary>
    public static Bericht323 Build(int clientCount)
    {
        var bsn = new Bsn();
        var reference = 0;
        var clients = new List<DeclaratieClient>(clientCount);
        long debit = 0;
        long credit = 0;
        for (var i = 0; i < clientCount; i++)
        {
            var prestaties = Prestaties(i, ref reference).ToList();
            debit += prestaties.Where(p => p.IngediendBedrag.DebetCredit == "D").Sum(p => p.IngediendBedrag.Bedrag);
            credit += prestaties.Where(p => p.IngediendBedrag.DebetCredit == "C").Sum(p => p.IngediendBedrag.Bedrag);
            clients.Add(new DeclaratieClient { Bsn = bsn.Next(), Prestaties = prestaties });
        }

        var total = debit - credit;
        return new Bericht323
        {
            Standard = Standard.Ijw,
            Header = new Header
            {
                BerichtCode = MessageCatalog.Get(MessageCode.Declaratie).BerichtCode(Standard.Ijw),
                Afzender = "41101234",
                Ontvanger = "0344",
                BerichtIdentificatie = new BerichtIdentificatie("DCLBENCH0001", new DateOnly(2026, 11, 3)),
                XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
            },
            Declaratie = new Declaratie
            {
                DeclaratieNummer = "DBENCH000001",
                DeclaratiePeriode = WholeMonth(Month),
                DeclaratieDagtekening = new DateOnly(2026, 11, 3),
                TotaalIngediendBedrag = new TotaalBedragMetDC(Math.Abs(total), total >= 0 ? "D" : "C"),
                Clienten = clients,
            },
        };
    }

    private static IEnumerable<Prestatie> Prestaties(int client, ref int reference)
    {
        var toewijzing = 200000000L + (client * 4L);
        var volume = 1 + (client % 20);
        var list = new List<Prestatie>
        {
            Priced(Next(ref reference), null, toewijzing, "45", "45A48", WholeMonth(Month), volume, 9850, "D"),
            Priced(Next(ref reference), null, toewijzing + 1, "54", "54002", WholeMonth(Month), 1 + (client % 7), 11500, "D"),
        };

        if (client % 2 == 0)
        {
            // Last month corrected: the original credited (naming it in VorigReferentieNummer), then declared again.
            var original = string.Create(CultureInfo.InvariantCulture, $"V{client:D9}");
            list.Add(Priced(Next(ref reference), original, toewijzing + 2, "45", "45A21", WholeMonth(PreviousMonth), 10, 8725, "C"));
            list.Add(Priced(Next(ref reference), null, toewijzing + 2, "45", "45A21", WholeMonth(PreviousMonth), 8, 8725, "D"));
        }

        if (client % 3 == 0)
        {
            var euros = 10000L + (client % 1000 * 100);
            list.Add(new Prestatie
            {
                ProductReferentie = new Referentie(Next(ref reference)),
                ToewijzingNummer = toewijzing + 3,
                ProductCategorie = "43",
                ProductCode = "43A12",
                ProductPeriode = new GeslotenPeriode(Month.AddDays(11), Month.AddMonths(1).AddDays(-1)),
                GeleverdVolume = euros,
                Eenheid = "83",
                IngediendBedrag = new BedragMetDC(euros, "D"),
            });
        }

        return list;
    }

    private static Prestatie Priced(string reference, string? previous, long toewijzing, string categorie, string code, GeslotenPeriode periode, long volume, long tarief, string debetCredit) => new()
    {
        ProductReferentie = new Referentie(reference, previous),
        ToewijzingNummer = toewijzing,
        ProductCategorie = categorie,
        ProductCode = code,
        ProductPeriode = periode,
        GeleverdVolume = volume,
        Eenheid = "04",
        ProductTarief = tarief,
        IngediendBedrag = new BedragMetDC(volume * tarief, debetCredit),
    };

    private static string Next(ref int reference) =>
        string.Create(CultureInfo.InvariantCulture, $"P{++reference:D10}");

    private static GeslotenPeriode WholeMonth(DateOnly first) => new(first, first.AddMonths(1).AddDays(-1));
}
