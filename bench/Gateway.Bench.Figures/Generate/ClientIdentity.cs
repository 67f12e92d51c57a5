using Gateway.Messages.Model;

namespace Gateway.Bench.Figures.Generate;

/// <summary>The made-up person behind a client: a test BSN, a birth date that fits the domain, a name.</summary>
internal sealed record ClientIdentity(string Bsn, DateOnly Geboortedatum, string Geslacht, string Voornaam, string Achternaam)
{
    private static readonly string[] Voornamen = ["Sanne", "Daan", "Emma", "Noah", "Julia", "Lucas", "Mila", "Sem", "Tess", "Finn", "Anna", "Jan", "Maria", "Kees", "Fatima", "Mohamed"];
    private static readonly string[] Achternamen = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Yilmaz", "El Amrani"];

    public static ClientIdentity Create(string bsn, bool youth, Random random)
    {
        var born = youth
            ? new DateOnly(2008, 1, 1).AddDays(random.Next(17 * 365))
            : new DateOnly(1932, 1, 1).AddDays(random.Next(60 * 365));
        return new ClientIdentity(bsn, born, random.Next(2) == 0 ? "1" : "2", Voornamen[random.Next(Voornamen.Length)], Achternamen[random.Next(Achternamen.Length)]);
    }

    public Geboortedatum Geboorte => new(Geboortedatum);

    public VerkorteNaam VerkorteNaam => new(Naam, Voornaam, Voornaam[..1]);

    public VolledigeNaam VolledigeNaam => new(Naam, null, Voornaam, Voornaam[..1], "1");

    private Achternaam Naam => Achternaam.StartsWith("de ", StringComparison.Ordinal) || Achternaam.StartsWith("van den ", StringComparison.Ordinal)
        ? new Achternaam(Achternaam[(Achternaam.LastIndexOf(' ') + 1)..], Achternaam[..Achternaam.LastIndexOf(' ')])
        : new Achternaam(Achternaam);
}
