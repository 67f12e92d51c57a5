using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR101: no duplicate lines. The logical key of each class, together with the keys of its parent classes, occurs once
/// per message. Keys (the key elements of the 3.2 rule table): 301 Contact = Soort, Relatie = Nummer, ToegewezenProduct =
/// ToewijzingNummer; 305 StartProduct = ToewijzingNummer + Product + Begindatum; 307 StopProduct = the same +
/// RedenBeeindiging + Einddatum; 317 OngewijzigdProduct and
/// TeWijzigenProduct = ToewijzingNummer, NieuwProduct = Product + GewensteIngangsdatum; 323/325 Client = Bsn, Prestatie =
/// client Bsn + ProductReferentie (ReferentieNummer and VorigReferentieNummer).
/// 315 AangevraagdProduct = ReferentieAanbieder: the official XSLT reports such a duplicate as TR101 and as TR383
/// alike, and the rule texts do not exclude each other, so both are reported.
/// </summary>
internal sealed class TR101_GeenDubbeleRegels : MessageRule
{
    public override string Code => "TR101";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging,
        MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Binnen een bericht komen geen dubbele regels voor: de logische sleutel van elke berichtklasse is, samen met die van de bovenliggende klassen, uniek.",
        "A message contains no duplicate lines: the logical key of each class, together with the keys of its parent classes, is unique.");

    public override RuleText Fix { get; } = new(
        "Verwijder de dubbele regel of voeg de regels samen tot één regel.",
        "Remove the duplicate line or merge the lines into one.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht301 b => Toewijzing(b),
        Bericht305 b => Duplicates(
            Items("/Bericht/Client/StartProducten", "StartProduct", b.Client.StartProducten),
            p => (p.ToewijzingNummer, p.Product?.Categorie, p.Product?.Code, p.Begindatum),
            p => string.Create(CultureInfo.InvariantCulture, $"StartProduct with ToewijzingNummer {p.ToewijzingNummer}, {Describe(p.Product)} and Begindatum {p.Begindatum:yyyy-MM-dd}")),
        Bericht307 b => Duplicates(
            Items("/Bericht/Client/StopProducten", "StopProduct", b.Client.StopProducten),
            p => (p.ToewijzingNummer, p.Product?.Categorie, p.Product?.Code, p.Begindatum, p.RedenBeeindiging, p.Einddatum),
            p => string.Create(CultureInfo.InvariantCulture, $"StopProduct with ToewijzingNummer {p.ToewijzingNummer}, {Describe(p.Product)}, Begindatum {p.Begindatum:yyyy-MM-dd}, RedenBeeindiging {p.RedenBeeindiging} and Einddatum {p.Einddatum:yyyy-MM-dd}")),
        Bericht315 b => Duplicates(
            Items("/Bericht/Client/AangevraagdeProducten", "AangevraagdProduct", b.Client.AangevraagdeProducten),
            p => p.ReferentieAanbieder,
            p => $"AangevraagdProduct with ReferentieAanbieder {p.ReferentieAanbieder}"),
        Bericht317 b => VerzoekOmWijziging(b.Client.Verzoek),
        Bericht323 b => Declaratie("/Bericht/Declaratie", b.Declaratie.Clienten),
        Bericht325 b => Declaratie("/Bericht/DeclaratieAntwoord", b.DeclaratieAntwoord?.Clienten ?? []),
        _ => [],
    };

    private static IEnumerable<RuleViolation> Toewijzing(Bericht301 b) =>
        Duplicates(
                Items("/Bericht/Client/Relaties", "Relatie", b.Client.Relaties ?? []),
                r => r.Nummer,
                r => $"Relatie with Nummer {r.Nummer}")
            .Concat(Duplicates(
                Items("/Bericht/Client/Contactgegevens", "Contact", b.Client.Contactgegevens),
                c => c.Soort,
                c => $"Contact of Soort {c.Soort}"))
            .Concat(Duplicates(
                Items("/Bericht/Client/ToegewezenProducten", "ToegewezenProduct", b.Client.ToegewezenProducten),
                p => p.ToewijzingNummer,
                p => string.Create(CultureInfo.InvariantCulture, $"ToegewezenProduct with ToewijzingNummer {p.ToewijzingNummer}")));

    private static IEnumerable<RuleViolation> VerzoekOmWijziging(Verzoek verzoek)
    {
        const string path = "/Bericht/Client/Verzoek";
        return Duplicates(
                Items(path + "/OngewijzigdeProducten", "OngewijzigdProduct", verzoek.OngewijzigdeProducten ?? []),
                p => p.ToewijzingNummer,
                p => string.Create(CultureInfo.InvariantCulture, $"OngewijzigdProduct with ToewijzingNummer {p.ToewijzingNummer}"))
            .Concat(Duplicates(
                Items(path + "/TeWijzigenProducten", "TeWijzigenProduct", verzoek.TeWijzigenProducten ?? []),
                p => p.ToewijzingNummer,
                p => string.Create(CultureInfo.InvariantCulture, $"TeWijzigenProduct with ToewijzingNummer {p.ToewijzingNummer}")))
            .Concat(Duplicates(
                Items(path + "/NieuweProducten", "NieuwProduct", verzoek.NieuweProducten ?? []),
                p => (p.Product?.Categorie, p.Product?.Code, p.GewensteIngangsdatum),
                p => string.Create(CultureInfo.InvariantCulture, $"NieuwProduct with {Describe(p.Product)} and GewensteIngangsdatum {p.GewensteIngangsdatum:yyyy-MM-dd}")));
    }

    private static IEnumerable<RuleViolation> Declaratie(string parent, IReadOnlyList<DeclaratieClient> clienten)
    {
        var clientItems = Items(parent + "/Clienten", "Client", clienten).ToList();

        // The client's key is its BSN; the detail never names it.
        var clients = Duplicates(clientItems, c => c.Bsn, _ => "Client with the same BSN");
        var prestaties = clientItems.SelectMany(c =>
            Items(c.Path + "/Prestaties", "Prestatie", c.Record.Prestaties).Select(p => (p.Path, Record: (c.Record.Bsn, Prestatie: p.Record))));
        return clients.Concat(Duplicates(
            prestaties,
            p => (p.Bsn, p.Prestatie.ProductReferentie.ReferentieNummer, p.Prestatie.ProductReferentie.VorigReferentieNummer),
            p => $"Prestatie with ReferentieNummer {p.Prestatie.ProductReferentie.ReferentieNummer} for the same client"));
    }

    private static IEnumerable<(string Path, T Record)> Items<T>(string container, string name, IReadOnlyList<T> items) =>
        items.Select((item, i) => (ClassPaths.Item(container, name, i + 1), item));

    private static IEnumerable<RuleViolation> Duplicates<T, TKey>(
        IEnumerable<(string Path, T Record)> items, Func<T, TKey> key, Func<T, string> describe)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, string>();
        foreach (var (path, record) in items)
        {
            if (first.TryGetValue(key(record), out var firstPath))
            {
                yield return At(path, $"{describe(record)} occurs more than once (first at {firstPath})");
            }
            else
            {
                first.Add(key(record), path);
            }
        }
    }

    private static string Describe(Product? product) => product switch
    {
        null => "no Product",
        { Code: { } code } => $"Product {product.Categorie}/{code}",
        _ => $"Product {product.Categorie}",
    };
}
