using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Ledger;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>Dates, class paths and the per-standard codes the journeys use; message builders on top of <see cref="Traffic"/>.</summary>
internal static class JourneyBuilders
{
    public const string Uur = "04";
    public const string StuksOutput = "82";
    public const string Euro = "83";
    public const string PerWeek = "2";

    /// <summary>Frequentie 6: totaal binnen geldigheidsduur toewijzing.</summary>
    public const string Totaal = "6";

    /// <summary>RedenWijziging 04: herbeoordeling, verlenging (an extension, OP380).</summary>
    public const string Verlenging = "04";

    /// <summary>RedenWijziging 11: gemeentelijke herindeling.</summary>
    public const string Herindeling = "11";

    /// <summary>RedenWijziging 12: geïnitieerd door de aanbieder (honouring a 317).</summary>
    public const string DoorAanbieder = "12";

    /// <summary>RedenWijziging 13: verwijderd.</summary>
    public const string Verwijderd = "13";

    /// <summary>RedenBeeindiging 36: geïnitieerd door de gemeente (both standards).</summary>
    public const string DoorGemeente = "36";

    /// <summary>RedenBeeindiging 37: in verband met wijzigingsverzoek (both standards).</summary>
    public const string WegensWijzigingsverzoek = "37";

    public const string Client = "/Bericht/Client";
    public const string StartProduct1 = "/Bericht/Client/StartProducten/StartProduct[1]";
    public const string StopProduct1 = "/Bericht/Client/StopProducten/StopProduct[1]";
    public const string ToegewezenProduct1 = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]";
    public const string AangevraagdProduct1 = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]";

    /// <summary>RedenBeeindiging "levering volgens plan beëindigd": 31 in iJw, 19 in iWmo (the lists differ).</summary>
    public static string VolgensPlan(Standard standard) => standard == Standard.Ijw ? "31" : "19";

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static GeslotenPeriode Maand(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static GeslotenPeriode Periode(DateOnly begin, DateOnly einde) => new(begin, einde);

    public static Omvang Omvang(long volume, string eenheid) => new(volume, eenheid, PerWeek);

    /// <summary>A volume for the whole toewijzing (Frequentie 6), e.g. a number of output stuks.</summary>
    public static Omvang OmvangTotaal(long volume, string eenheid) => new(volume, eenheid, Totaal);

    /// <summary>A 315 asking for one product from <paramref name="ingang"/> to <paramref name="einde"/>.</summary>
    public static Bericht315 Verzoek(this Traffic t, string referentie, Product product, DateOnly ingang, DateOnly einde, Omvang? omvang, string bsn = Traffic.Bsn) =>
        t.Bericht315(bsn, t.Aangevraagd(referentie, product) with { ToewijzingIngangsdatum = ingang, ToewijzingEinddatum = einde, Omvang = omvang });

    /// <summary>A 317 asking to change <paramref name="nummer"/> from <paramref name="vanaf"/>.</summary>
    public static Bericht317 Wijziging(this Traffic t, string referentie, long nummer, DateOnly vanaf, DateOnly einde, Omvang omvang, string bsn = Traffic.Bsn) =>
        t.Bericht317(referentie, teWijzigen: [new TeWijzigenProduct { ToewijzingNummer = nummer, GewensteIngangsdatum = vanaf, Einddatum = einde, Omvang = omvang }], bsn: bsn);

    /// <summary>A 323 for one month (the DeclaratiePeriode), dated today.</summary>
    public static Bericht323 Declaratie(this Traffic t, string nummer, GeslotenPeriode maand, params Prestatie[] prestaties) =>
        t.Bericht323For(maand, nummer, prestaties);

    /// <summary>The same 305 for another client (<see cref="Traffic"/> builds them for <see cref="Traffic.Bsn"/>).</summary>
    public static Bericht305 Of(this Bericht305 bericht, string bsn) => bericht with { Client = bericht.Client with { Bsn = bsn } };

    /// <summary>The same 307 for another client.</summary>
    public static Bericht307 Of(this Bericht307 bericht, string bsn) => bericht with { Client = bericht.Client with { Bsn = bsn } };

    /// <summary>The same 323 with every prestatie declared for another client.</summary>
    public static Bericht323 Of(this Bericht323 bericht, string bsn) =>
        bericht with { Declaratie = bericht.Declaratie with { Clienten = [.. bericht.Declaratie.Clienten.Select(c => c with { Bsn = bsn })] } };

    /// <summary>The credit of an earlier debit (IV091): a copy with a new ReferentieNummer pointing at it, marked C.</summary>
    public static Prestatie Credit(this Prestatie debet, string referentie) =>
        debet with { ProductReferentie = new Referentie(referentie, debet.ProductReferentie.ReferentieNummer), IngediendBedrag = debet.IngediendBedrag with { DebetCredit = "C" } };
}
