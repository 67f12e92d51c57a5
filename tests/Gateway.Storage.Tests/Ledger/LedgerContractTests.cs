using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Storage.Ledger;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>The ledger on a real store, written once and run on every database (a subclass per store).</summary>
public abstract class LedgerContractTests() : StoreSuite(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero))
{
    private const string Bsn = "999990184";
    private readonly RelationalLedger _ledger = new();
    private static readonly LedgerParties Parties = new(Standard.Iwmo, "0344", "41101234");

    [Fact]
    public async Task Apply_Committed301_EveryVersionKeptAndAResendStoredOnce()
    {
        await using (var tx = await Store.BeginAsync())
        {
            await _ledger.ApplyAsync(new LedgerEntry(1, Flow.Outbound, Toewijzing(new TimeOnly(10, 0), null)), tx, default);
            await _ledger.ApplyAsync(new LedgerEntry(2, Flow.Outbound, Toewijzing(new TimeOnly(10, 0), null)), tx, default);
            await _ledger.ApplyAsync(new LedgerEntry(3, Flow.Outbound, Toewijzing(new TimeOnly(11, 0), "13")), tx, default);
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        var versions = await _ledger.ToewijzingVersionsAsync(read, Standard.Iwmo, "0344", 5001);
        Assert.Equal([1L, 3L], versions.Select(v => v.MessageId));
        var current = Assert.Single(LedgerToewijzing.Newest(versions));
        Assert.True(current.IsDeleted);
        Assert.Equal(_ledger.ClientIdOf(read, Bsn), current.ClientId);
        Assert.DoesNotContain(Bsn, current.ClientId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookups_CodeMergedIntoAnother_FindFactsRecordedUnderEitherCode()
    {
        var merged = new RelationalLedger(new OneMerger("0457", "0344"));
        var underOldCode = Toewijzing(new TimeOnly(11, 0), null) with { Header = Toewijzing(new TimeOnly(11, 0), null).Header with { Afzender = "0457" } };
        await using (var tx = await Store.BeginAsync())
        {
            await merged.ApplyAsync(new LedgerEntry(1, Flow.Outbound, Toewijzing(new TimeOnly(10, 0), null)), tx, default);
            await merged.ApplyAsync(new LedgerEntry(2, Flow.Outbound, underOldCode), tx, default);
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        var client = merged.ClientIdOf(read, Bsn);
        foreach (var code in new[] { "0457", "0344" })
        {
            Assert.Equal([1L, 2L], (await merged.ToewijzingVersionsAsync(read, Standard.Iwmo, code, 5001)).Select(v => v.MessageId));
            Assert.Equal([1L, 2L], (await merged.ToewijzingenOfClientAsync(read, Parties with { Gemeentecode = code }, client)).Select(v => v.MessageId));
            Assert.All(await merged.ToewijzingVersionsAsync(read, Standard.Iwmo, code, 5001), v => Assert.Equal(code, v.Parties.Gemeentecode));
        }

        // A ledger that knows no merger keeps the codes apart.
        Assert.Equal([2L], (await _ledger.ToewijzingVersionsAsync(read, Standard.Iwmo, "0457", 5001)).Select(v => v.MessageId));
    }

    [Fact]
    public async Task Apply_ReferentieAanbiederHoldingABsn_KeptOnlyAsKeyedHash()
    {
        var toewijzing = Toewijzing(new TimeOnly(10, 0), null);
        toewijzing = toewijzing with
        {
            Client = toewijzing.Client with { ToegewezenProducten = [toewijzing.Client.ToegewezenProducten[0] with { ReferentieAanbieder = Some.CanaryBsn }] },
        };
        await using (var tx = await Store.BeginAsync())
        {
            await _ledger.ApplyAsync(new LedgerEntry(1, Flow.Outbound, toewijzing), tx, default);
            await tx.CommitAsync();
        }

        await using (var read = await Store.BeginAsync())
        {
            var version = Assert.Single(await _ledger.ToewijzingVersionsAsync(read, Standard.Iwmo, "0344", 5001));
            Assert.NotNull(version.ReferentieAanbieder);
            Assert.DoesNotContain(Some.CanaryBsn, version.ReferentieAanbieder, StringComparison.Ordinal);
        }

        Assert.False(await Database.HoldsPlainTextAsync(Some.CanaryBsn), "ReferentieAanbieder in plain text in the store");
    }

    [Fact]
    public async Task Apply_TransactionNotCommitted_LedgerUnchanged()
    {
        await using (var tx = await Store.BeginAsync())
        {
            await _ledger.ApplyAsync(new LedgerEntry(1, Flow.Outbound, Toewijzing(new TimeOnly(10, 0), null)), tx, default);
            Assert.Single(await _ledger.ToewijzingVersionsAsync(tx, Standard.Iwmo, "0344", 5001));
        }

        await using var read = await Store.BeginAsync();
        Assert.Empty(await _ledger.ToewijzingVersionsAsync(read, Standard.Iwmo, "0344", 5001));
        Assert.Empty((await _ledger.StartStopAsync(read, Parties, _ledger.ClientIdOf(read, Bsn))).Starts);
    }

    [Fact]
    public async Task Apply_PartlyRejected323_PrestatiesRecordedWithTheirStatus()
    {
        var outcome = Gateway.Messages.Answers.MessageOutcome.RejectedClass("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]", "9338");
        var verdict = DeclaratieVerdict.Of(Declaratie(), outcome);
        Assert.True(verdict.GrantsAny);
        await using (var tx = await Store.BeginAsync())
        {
            await _ledger.ApplyAsync(new LedgerEntry(7, Flow.Inbound, Declaratie(), verdict), tx, default);
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        var granted = Assert.Single(await _ledger.PrestatiesOnToewijzingAsync(read, Standard.Iwmo, "0344", 5001));
        Assert.Equal(("P-1", PrestatieStatus.Approved, "D2026A", 7L), (granted.ReferentieNummer, granted.Status, granted.DeclaratieNummer, granted.MessageId));
        Assert.Equal(_ledger.ClientIdOf(read, Bsn), granted.ClientId);
        var rejected = Assert.Single(await _ledger.PrestatiesByReferentieAsync(read, Standard.Iwmo, "41101234", "P-2"));
        Assert.Equal(PrestatieStatus.Rejected, rejected.Status);
        Assert.True(await _ledger.HasApprovedDeclarationsAsync(read, Standard.Iwmo, "0344", 5001));
        Assert.False(await _ledger.HasApprovedDeclarationsAsync(read, Standard.Iwmo, "0344", 5999));
        Assert.True(await _ledger.HasDeclaratieAsync(read, Standard.Iwmo, "41101234", "D2026A"));
        Assert.False(await _ledger.HasDeclaratieAsync(read, Standard.Ijw, "41101234", "D2026A"));
    }

    [Fact]
    public async Task LastDeclaratiePeriode_LatestOfTheParties_OtherPartiesIgnored()
    {
        var september = new GeslotenPeriode(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));
        await using (var tx = await Store.BeginAsync())
        {
            Assert.Null(await _ledger.LastDeclaratiePeriodeAsync(tx, Parties));
            await _ledger.ApplyAsync(new LedgerEntry(7, Flow.Inbound, Declaratie()), tx, default);
            var earlier = Declaratie() with { Declaratie = Declaratie().Declaratie with { DeclaratieNummer = "D2026B", DeclaratiePeriode = september } };
            await _ledger.ApplyAsync(new LedgerEntry(8, Flow.Inbound, earlier), tx, default);
            await tx.CommitAsync();
        }

        await using var read = await Store.BeginAsync();
        Assert.Equal(new DateOnly(2026, 10, 1), (await _ledger.LastDeclaratiePeriodeAsync(read, Parties))?.Begindatum);
        Assert.Null(await _ledger.LastDeclaratiePeriodeAsync(read, Parties with { Gemeentecode = "0363" }));
        Assert.Null(await _ledger.LastDeclaratiePeriodeAsync(read, Parties with { Standard = Standard.Ijw }));
    }

    private static Bericht323 Declaratie() => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "440",
            Afzender = "41101234",
            Ontvanger = "0344",
            BerichtIdentificatie = new BerichtIdentificatie("D1", new DateOnly(2026, 11, 3)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Declaratie = new Declaratie
        {
            DeclaratieNummer = "D2026A",
            DeclaratiePeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            DeclaratieDagtekening = new DateOnly(2026, 11, 3),
            TotaalIngediendBedrag = new TotaalBedragMetDC(96000, "D"),
            Clienten = [new DeclaratieClient { Bsn = Bsn, Prestaties = [Prestatie("P-1", 5001), Prestatie("P-2", 5999)] }],
        },
    };

    private static Prestatie Prestatie(string referentie, long toewijzing) => new()
    {
        ProductReferentie = new Referentie(referentie),
        ToewijzingNummer = toewijzing,
        ProductCategorie = "02",
        ProductCode = "02A01",
        ProductPeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
        GeleverdVolume = 8,
        Eenheid = "04",
        ProductTarief = 6000,
        IngediendBedrag = new BedragMetDC(48000, "D"),
    };

    private static Bericht301 Toewijzing(TimeOnly tijd, string? reden) => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "414",
            Afzender = "0344",
            Ontvanger = "41101234",
            BerichtIdentificatie = new BerichtIdentificatie("T1", new DateOnly(2026, 11, 10)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Client = new Client
        {
            Bsn = Bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)),
            Geslacht = "2",
            Naam = new VolledigeNaam(new Achternaam("Vries"), null, null, null, "1"),
            Contactgegevens = [new Contact { Soort = "01" }],
            ToegewezenProducten =
            [
                new ToegewezenProduct
                {
                    ToewijzingNummer = 5001, Product = new Product("02", "02A01"), Toewijzingsdatum = new DateOnly(2026, 10, 1), Toewijzingstijd = tijd,
                    Ingangsdatum = new DateOnly(2026, 10, 1), Einddatum = new DateOnly(2027, 9, 30), RedenWijziging = reden, Omvang = new Omvang(8, "04", "4"),
                },
            ],
        },
    };
}
