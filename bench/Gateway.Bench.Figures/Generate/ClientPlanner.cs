using System.Globalization;
using Gateway.Bench.Figures.Region;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Volumes;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// Plans each client's year as messages: for some a 315 answered by a 301 or a 319, the 301 (and for some an extension),
/// the 305, monthly prestaties in the provider's 323s (some credited and declared again, some meant to be rejected and
/// declared again correctly), a temporary stop for a few and a definitive 307 when care ends within the year. Wijkteam
/// clients (taakgericht, start/stop agreed) only get a 305 and sometimes a 307. The proportions are set here, as
/// constants, and written in the README.
/// </summary>
internal sealed class ClientPlanner(RegionDesign region, MessageFactory factory, Random random)
{
    /// <summary>Clients whose care already runs on 1 January (the caseload at the start of the year).</summary>
    public const double RunningAtStart = 0.40;

    /// <summary>Toewijzingen asked for by the provider with a 315 (GPs refer 40 % of youth care, context.md).</summary>
    public const double VerzoekIjw = 0.40;
    public const double VerzoekIwmo = 0.10;

    /// <summary>315s the gemeente refuses with a 319.</summary>
    public const double VerzoekAfgewezen = 0.08;

    /// <summary>315s answered later than the 5 working days of the standard.</summary>
    public const double VerzoekLaat = 0.15;

    /// <summary>Allocated care that never starts.</summary>
    public const double NooitGestart = 0.03;

    /// <summary>305s sent later than 5 working days after the Begindatum.</summary>
    public const double StartLaat = 0.20;

    /// <summary>Care that ends before the toewijzing's Einddatum.</summary>
    public const double VoortijdigGestopt = 0.12;

    /// <summary>Toewijzingen ending within the year that are extended (RedenWijziging 04).</summary>
    public const double Verlengd = 0.25;

    /// <summary>Clients with one temporary stop (RedenBeeindiging 20) and a restart.</summary>
    public const double TijdelijkGestopt = 0.03;

    private static readonly DateOnly YearStart = new(RegionDesign.Year, 1, 1);
    private static readonly DateOnly YearEnd = new(RegionDesign.Year, 12, 31);

    private readonly BsnSequence _bsns = new();
    private readonly List<ScheduledMessage> _messages = [];
    private readonly MonthlyPrestaties _prestaties = new(new DeclarationBook(), random);
    private long _order;
    private long _nummer = 100_000;

    public DeclarationBook Book => _prestaties.Book;

    public long Order() => ++_order;

    /// <summary>The messages planned so far (the 323s come from <see cref="Book"/>).</summary>
    public IReadOnlyList<ScheduledMessage> Messages => _messages;

    public void Plan(int clientIndex)
    {
        var standard = random.NextDouble() < 0.5 ? Standard.Ijw : Standard.Iwmo;
        var gemeente = Pick(RegionDesign.Gemeenten, g => g.Inwoners).Code;
        ContractSpec? contract = null;
        for (var attempt = 0; contract is null && attempt < 20; attempt++)
        {
            var product = Pick(RegionDesign.Products.Where(p => p.Standard == standard).ToList(), p => p.Weight);
            var candidates = region.Contracts.Where(c => c.Product == product && c.Covers(gemeente)).ToList();
            contract = candidates.Count == 0 ? null : Pick(candidates, c => c.Aanbieder.Weight);
        }

        if (contract is null)
        {
            return;
        }

        var client = ClientIdentity.Create(_bsns.Next(), standard == Standard.Ijw, random);
        var party = new ClientParty(standard, gemeente, contract.Aanbieder, client, clientIndex);
        if (contract.Product.Taakgericht)
        {
            PlanWijkteam(party, contract.Product);
        }
        else
        {
            PlanToewijzing(party, contract.Product);
        }
    }

    private void PlanWijkteam(ClientParty party, ProductSpec product)
    {
        var begin = random.NextDouble() < RunningAtStart ? YearStart : YearStart.AddDays(random.Next(340));
        var line = new Product(product.Categorie, product.Code);
        var startDay = AfterWorkingDays(begin, random.Next(5));
        Send(startDay, 12, party, () => factory.Start(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, startDay, new StartProduct { Product = line, Begindatum = begin, StatusAanlevering = "1" }));
        var einde = begin.AddDays(30 + random.Next(150));
        if (random.NextDouble() < 0.5 && einde <= YearEnd)
        {
            var stopDay = AfterWorkingDays(einde, 1 + random.Next(5));
            Send(stopDay, 13, party, () => factory.Stop(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, stopDay, new StopProduct { Product = line, Begindatum = begin, RedenBeeindiging = VolgensPlan(party.Standard), Einddatum = einde, StatusAanlevering = "1" }));
        }
    }

    private void PlanToewijzing(ClientParty party, ProductSpec product)
    {
        var runningAtStart = random.NextDouble() < RunningAtStart;
        var ingang = runningAtStart ? YearStart : YearStart.AddDays(1 + random.Next(347));
        var einde = ingang.AddMonths(product.MonthsMin + random.Next(product.MonthsMax - product.MonthsMin + 1)).AddDays(-1);
        var nummer = ++_nummer;
        var omvang = product.OnBudget ? null : new Omvang(product.VolumeMin + random.Next((int)(product.VolumeMax - product.VolumeMin + 1)), product.Eenheid!, product.Frequentie!);
        long? budget = product.OnBudget ? (product.VolumeMin + random.NextInt64(product.VolumeMax - product.VolumeMin + 1)) / 1000 * 1000 : null;
        var line = new Product(product.Categorie, product.Code);

        // The request and its answer, or the gemeente's own allocation.
        string? referentie = null;
        DateOnly toewijzingDay;
        var verzoek = random.NextDouble() < (party.Standard == Standard.Ijw ? VerzoekIjw : VerzoekIwmo);
        if (verzoek)
        {
            referentie = string.Create(CultureInfo.InvariantCulture, $"VOT-{party.Index}");
            var verzoekDay = Later(ingang.AddDays(-5 - random.Next(20)));
            var aangevraagd = new AangevraagdProduct
            {
                ReferentieAanbieder = referentie,
                Product = line,
                ToewijzingIngangsdatum = ingang,
                ToewijzingEinddatum = einde,
                Omvang = omvang,
                Budget = budget,
                Verwijzer = party.Standard == Standard.Ijw ? new Verwijzer("02", null, "01012345") : new Verwijzer("01"),
            };
            Send(verzoekDay, 8, party, () => factory.Verzoek(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, verzoekDay, aangevraagd));
            var answerDay = AfterWorkingDays(verzoekDay, random.NextDouble() < VerzoekLaat ? 6 + random.Next(10) : 1 + random.Next(5));
            if (random.NextDouble() < VerzoekAfgewezen)
            {
                var reden = random.NextDouble() < 0.5 ? "4" : "7";
                var afgewezen = referentie;
                Send(answerDay, 10, party, () => factory.Afwijzing(party.Standard, party.Gemeente, party.Provider.Agb, answerDay, afgewezen, reden));
                return;
            }

            toewijzingDay = answerDay;
        }
        else
        {
            toewijzingDay = Later(ingang.AddDays(-random.Next(15)));
        }

        var tijd = new TimeOnly(10, random.Next(60));
        var toewijzing = new ToegewezenProduct
        {
            ToewijzingNummer = nummer,
            ReferentieAanbieder = referentie,
            Product = line,
            Toewijzingsdatum = toewijzingDay,
            Toewijzingstijd = tijd,
            Ingangsdatum = ingang,
            Einddatum = einde,
            Omvang = omvang,
            Budget = budget,
        };
        Send(toewijzingDay, 10, party, () => factory.Toewijzing(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, toewijzingDay, [toewijzing]));
        if (random.NextDouble() < NooitGestart)
        {
            return;
        }

        // Care begins on or soon after the Ingangsdatum, but not before the toewijzing is there: a provider declares
        // nothing before it has one (TR338), and a late answer to a 315 moves the start.
        var begin = Max(ingang.AddDays(random.NextDouble() switch { < 0.6 => 0, < 0.9 => 1 + random.Next(7), _ => 8 + random.Next(14) }), toewijzingDay);
        var startDay = AfterWorkingDays(begin, random.NextDouble() < StartLaat ? 6 + random.Next(10) : random.Next(5));
        var lastDay = startDay;
        Send(startDay, 12, party, () => factory.Start(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, startDay, Start(nummer, line, ingang, begin)));

        // How care ends: early, or at the Einddatum (extended for some before it passes).
        var eindeZorg = einde;
        var voortijdig = false;
        if (random.NextDouble() < VoortijdigGestopt && einde.DayNumber - begin.DayNumber > 60)
        {
            eindeZorg = begin.AddDays(30 + random.Next(einde.DayNumber - begin.DayNumber - 45));
            voortijdig = true;
        }
        else if (einde <= YearEnd && random.NextDouble() < Verlengd)
        {
            var verlengDay = Max(Later(einde.AddDays(-10 - random.Next(20))), lastDay.AddDays(1));
            einde = einde.AddMonths(3 + random.Next(4));
            eindeZorg = einde;
            var verlenging = toewijzing with { Toewijzingsdatum = verlengDay, Toewijzingstijd = new TimeOnly(11, random.Next(60)), Einddatum = einde, RedenWijziging = "04" };
            Send(verlengDay, 11, party, () => factory.Toewijzing(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, verlengDay, [verlenging]));
            lastDay = verlengDay;
        }

        // A temporary stop and the restart (a new start, the stop of the first start).
        var currentBegin = begin;
        (DateOnly From, DateOnly To)? pauze = null;
        var zorgDagen = Min(eindeZorg, YearEnd).DayNumber - begin.DayNumber;
        if (!product.OnBudget && zorgDagen > 120 && random.NextDouble() < TijdelijkGestopt)
        {
            var stopEinde = begin.AddDays(30 + random.Next(zorgDagen - 100));
            var restart = stopEinde.AddDays(15 + random.Next(28));
            var stopDay = Max(AfterWorkingDays(stopEinde, random.Next(4)), lastDay.AddDays(1));
            var restartDay = Max(AfterWorkingDays(restart, random.Next(4)), stopDay.AddDays(1));
            var firstBegin = begin;
            Send(stopDay, 13, party, () => factory.Stop(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, stopDay, Stop(nummer, line, ingang, firstBegin, "20", stopEinde)));
            Send(restartDay, 12, party, () => factory.Start(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, restartDay, Start(nummer, line, ingang, restart)));
            pauze = (stopEinde.AddDays(1), restart.AddDays(-1));
            currentBegin = restart;
            lastDay = restartDay;
        }

        if (eindeZorg <= YearEnd)
        {
            var reden = voortijdig ? (random.NextDouble() < 0.1 ? "02" : party.Standard == Standard.Ijw ? "34" : "23") : VolgensPlan(party.Standard);
            var stopDay = Max(AfterWorkingDays(eindeZorg, random.Next(8)), lastDay.AddDays(1));
            var lastBegin = currentBegin;
            var stopEinde = eindeZorg;
            Send(stopDay, 13, party, () => factory.Stop(party.Standard, party.Gemeente, party.Provider.Agb, party.Client, stopDay, Stop(nummer, line, ingang, lastBegin, reden, stopEinde)));
        }

        var allocation = new Allocation(omvang?.Volume ?? 0, omvang?.Eenheid ?? Eenheden.Euro, omvang?.Frequentie ?? Frequenties.TotaalBinnenGeldigheidsduur, ingang, einde);
        _prestaties.Declare(party, new CareEpisode(product, allocation, nummer, budget, begin, eindeZorg, pauze));
    }

    private static StartProduct Start(long nummer, Product product, DateOnly ingang, DateOnly begin) =>
        new() { ToewijzingNummer = nummer, Product = product, ToewijzingIngangsdatum = ingang, Begindatum = begin, StatusAanlevering = "1" };

    private static StopProduct Stop(long nummer, Product product, DateOnly ingang, DateOnly begin, string reden, DateOnly einde) =>
        new() { ToewijzingNummer = nummer, Product = product, ToewijzingIngangsdatum = ingang, Begindatum = begin, RedenBeeindiging = reden, Einddatum = einde, StatusAanlevering = "1" };

    /// <summary>RedenBeeindiging "levering volgens plan beëindigd": 31 in iJw, 19 in iWmo.</summary>
    private static string VolgensPlan(Standard standard) => standard == Standard.Ijw ? "31" : "19";

    /// <summary>Plans a message at <paramref name="hour"/> (UTC) of <paramref name="day"/>: requests in the morning, allocations at ten, starts at noon, stops after.</summary>
    private void Send(DateOnly day, int hour, ClientParty party, Func<Bericht> build) =>
        _messages.Add(new ScheduledMessage(Clock.At(day, hour, random.Next(60)), Order(), party.Gemeente, build));

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var draw = random.NextDouble() * total;
        foreach (var item in items)
        {
            draw -= weight(item);
            if (draw < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static DateOnly AfterWorkingDays(DateOnly day, int count) => count == 0 ? Later(day) : Later(WorkingDays.Add(day, count));

    /// <summary>Not before the first day of the generated traffic.</summary>
    private static DateOnly Later(DateOnly day) => Max(day, Clock.First);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
