using System.Globalization;
using Gateway.Bench.Inputs;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;

namespace Gateway.Bench.Load.Workload;

/// <summary>
/// The messages of the sample region, every one unique (BerichtIdentificatie, envelope referentienummer, an 11-proef BSN
/// per client) and coherent with what the gateway already stored, so its level-3 and level-4 checks accept them: back
/// offices' 301s (the shipped iJw and iWmo samples, two toewijzingen each) through the back-office API, and through
/// <c>/ggk</c> the providers' 315s for new clients and 305, 317, 323 and 307 for toewijzingen of 301s acknowledged in an
/// earlier batch (a 307 only after its 305 was). A batch never depends on a message of the same batch, so the order in
/// which the gateway commits the messages of one batch cannot change their outcome.
/// </summary>
internal sealed class RegionTraffic
{
    private static readonly string[] Gemeenten = [.. SampleRegion.DefaultGemeenten.Select(g => g.Code)];
    private static readonly string[] Aanbieders = [.. SampleRegion.DefaultAanbieders.Select(a => a.Agb)];

    /// <summary>The mix of a batch, in turn; a kind with nothing to act on yet is replaced by the next one.</summary>
    private static readonly MessageCode[] Rotation =
        [MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.Start, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie, MessageCode.Stop];

    /// <summary>Every kind of the mix, in the order in which one makes the next possible.</summary>
    public static IReadOnlyList<MessageCode> Kinds => Rotation;

    private readonly Dictionary<Standard, Bericht301> _samples;
    private readonly ContractRegister _contracts;
    private readonly ProviderMessageFactory _provider;
    private readonly Bsn _bsn = new();
    private readonly Random _random = new(20261203);
    private readonly string _prefix = ProviderMessageFactory.NewRunPrefix();
    private readonly Queue<KnownToewijzing> _toStart = new();
    private readonly Queue<KnownToewijzing> _toStop = new();
    private readonly Queue<(KnownToewijzing First, IReadOnlyList<KnownToewijzing> Others)> _toChange = new();
    private readonly Queue<(IReadOnlyList<KnownToewijzing> Toewijzingen, DateOnly Month)> _toDeclare = new();
    private long _units;
    private long _cursor;

    public RegionTraffic(string samplesDirectory)
    {
        _samples = new()
        {
            [Standard.Ijw] = (Bericht301)BerichtReader.Read(File.ReadAllBytes(Path.Combine(samplesDirectory, "ijw", "jw301-toewijzing.xml"))),
            [Standard.Iwmo] = (Bericht301)BerichtReader.Read(File.ReadAllBytes(Path.Combine(samplesDirectory, "iwmo", "wmo301-toewijzing.xml"))),
        };
        _contracts = ContractRegister.Load(Path.Combine(samplesDirectory, "region", "contracts.json"));
        _provider = new ProviderMessageFactory(TimeProvider.System, new XsdVersie("1.0.0", "1.0.0"), _prefix);
    }

    /// <summary>Toewijzingen whose 305 was not sent yet: what later batches can still act on.</summary>
    public int Waiting => _toStart.Count;

    /// <summary><paramref name="count"/> 301s of back offices, for toewijzingen the following batches act on.</summary>
    public IReadOnlyList<LoadItem> Toewijzingen(int count) => [.. Enumerable.Range(0, count).Select(_ => Toewijzing())];

    /// <summary>A batch of <paramref name="count"/> messages of every kind, in turn (see <see cref="Rotation"/>).</summary>
    public IReadOnlyList<LoadItem> Mix(int count)
    {
        var items = new List<LoadItem>(count);
        while (items.Count < count)
        {
            var code = Rotation[_cursor++ % Rotation.Length];
            if (TryBuild(code) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>
    /// Up to <paramref name="count"/> messages of one kind (<see cref="MessageCode.Toewijzing"/>: a back office's 301), fewer
    /// when fewer acknowledged messages leave something to act on.
    /// </summary>
    public IReadOnlyList<LoadItem> OfKind(MessageCode code, int count)
    {
        var items = new List<LoadItem>(count);
        while (items.Count < count && TryBuild(code) is { } item)
        {
            items.Add(item);
        }

        return items;
    }

    private LoadItem? TryBuild(MessageCode code)
    {
        switch (code)
        {
            case MessageCode.Toewijzing:
                return Toewijzing();
            case MessageCode.VerzoekOmToewijzing:
                return Verzoek();
            case MessageCode.Start when _toStart.TryDequeue(out var t):
                var started = t;
                return Ggk(_provider.Start(t), () => _toStop.Enqueue(started));
            case MessageCode.Stop when _toStop.TryDequeue(out var t):
                return Ggk(_provider.Stop(t));
            case MessageCode.VerzoekOmWijziging when _toChange.TryDequeue(out var change):
                return Ggk(_provider.VerzoekOmWijziging(change.First, change.Others));
            case MessageCode.Declaratie when _toDeclare.TryDequeue(out var declare):
                return Ggk(_provider.Declaratie(declare.Toewijzingen, _random, declare.Month, Tarief));
            default:
                return null;
        }
    }

    private long? Tarief(KnownToewijzing t, DateOnly day) =>
        _contracts.Find(t.Standard, t.Gemeente, t.Agb, t.Product.Categorie, t.Product.Code, day)?.TariefOn(day);

    /// <summary>A 301 of the shipped sample for a new client, from one of the region's gemeenten to one of its providers.</summary>
    private LoadItem Toewijzing()
    {
        var n = ++_units;
        var standard = n % 2 == 0 ? Standard.Ijw : Standard.Iwmo;
        var gemeente = Gemeenten[n % Gemeenten.Length];
        var agb = Aanbieders[n / Gemeenten.Length % Aanbieders.Length];
        var sample = _samples[standard];
        var bsn = _bsn.Next();
        var products = sample.Client.ToegewezenProducten
            .Select((p, k) => p with { ToewijzingNummer = 700_000_000 + (n * 4) + k })
            .ToArray();
        var bericht = sample with
        {
            Header = sample.Header with
            {
                Afzender = gemeente,
                Ontvanger = agb,
                BerichtIdentificatie = sample.Header.BerichtIdentificatie with { Identificatie = string.Create(CultureInfo.InvariantCulture, $"G{_prefix}{n:D8}") },
            },
            Client = sample.Client with { Bsn = bsn, ToegewezenProducten = products },
        };

        var c = bericht.Client;
        var client = new SampleClient(
            bsn,
            c.Geboortedatum.Datum,
            c.Geslacht,
            c.Naam.Geslachtsnaam.Voorvoegsel is { } voorvoegsel ? voorvoegsel + " " + c.Naam.Geslachtsnaam.Naam : c.Naam.Geslachtsnaam.Naam,
            c.Naam.Voorletters ?? "X",
            gemeente,
            standard);
        var held = products
            .Where(p => p.Product is not null)
            .Select(p => new KnownToewijzing(standard, gemeente, agb, client, p.ToewijzingNummer, p.Product!, p.Ingangsdatum, p.Einddatum, p.Omvang))
            .ToList();
        return new LoadItem(Route.BackOffice, Kind(standard, MessageCode.Toewijzing), BerichtWriter.ToBytes(bericht), gemeente, null, () => Learn(held));
    }

    /// <summary>What the provider can send once the 301 is stored: a 305 per toewijzing, one 317, a 323 per declarable month.</summary>
    private void Learn(IReadOnlyList<KnownToewijzing> held)
    {
        foreach (var t in held)
        {
            _toStart.Enqueue(t);
        }

        if (held.FirstOrDefault(t => t.Omvang is not null) is { } first)
        {
            _toChange.Enqueue((first, [.. held.Where(t => t != first)]));
        }

        foreach (var month in held.SelectMany(_provider.DeclarableMonths).Distinct())
        {
            _toDeclare.Enqueue(([.. held.Where(t => _provider.DeclarableMonths(t).Contains(month))], month));
        }
    }

    private LoadItem Verzoek()
    {
        var n = ++_units;
        var standard = n % 2 == 0 ? Standard.Ijw : Standard.Iwmo;
        var client = new SampleClient(
            _bsn.Next(),
            standard == Standard.Ijw ? new DateOnly(2015, 5, 5) : new DateOnly(1958, 3, 3),
            n % 4 < 2 ? "1" : "2",
            "Jansen",
            "J",
            Gemeenten[n % Gemeenten.Length],
            standard);
        return Ggk(_provider.VerzoekOmToewijzing(client, Aanbieders[n / Gemeenten.Length % Aanbieders.Length]));
    }

    private static LoadItem Ggk(Bericht bericht, Action? onAcknowledged = null)
    {
        var envelope = GgkEnvelope.Create(
            bericht.Standard,
            bericht.Code,
            BerichtWriter.ToBytes(bericht),
            new GgkParty(bericht.Header.Afzender, "ZorgSim"),
            bericht.Header.Ontvanger,
            DateTimeOffset.UtcNow);
        return new LoadItem(Route.Ggk, Kind(bericht.Standard, bericht.Code), GgkSoap.ToBytes(envelope), null, GgkNames.SoapAction(envelope.Berichtcode), onAcknowledged);
    }

    private static string Kind(Standard standard, MessageCode code) =>
        string.Create(CultureInfo.InvariantCulture, $"{(standard == Standard.Ijw ? "JW" : "WMO")}{(int)code}");
}
