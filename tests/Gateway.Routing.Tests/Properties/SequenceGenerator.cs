using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Properties;

/// <summary>
/// Generates random but mostly plausible message sequences for one region: two gemeenten, two providers, two clients,
/// two products per domain, both domains (one mostly). It asks a <see cref="ReferenceModel"/> what has happened so far
/// so that most messages make sense (a stop names an actual start, a credit an open debit, a volume lies near what is
/// allowed) while a share of them break one rule on purpose. Each 323 of a provider declares the month after its
/// previous 323 (TR318), and every prestatie names a toewijzing of its own client (TR304).
/// </summary>
internal sealed class SequenceGenerator
{
    public static readonly DateOnly Today = new(2026, 11, 10);
    private static readonly DateOnly LastMonth = new(2026, 10, 1);
    private static readonly string[] Gemeenten = ["0344", "0363"];
    private static readonly string[] Aanbieders = ["41101234", "41105678"];

    private readonly Random _random;
    private readonly ReferenceModel _model = new();
    private readonly Standard _primary;
    private readonly Dictionary<(Standard, string), long> _nummers = [];
    private readonly Dictionary<Parties, DateOnly> _months = [];
    private readonly List<(Parties Parties, string Nummer)> _declaraties = [];
    private int _step;
    private int _referentie;

    private SequenceGenerator(int seed)
    {
        _random = new Random(seed);
        _primary = _random.Next(2) == 0 ? Standard.Ijw : Standard.Iwmo;
    }

    /// <summary>The sequence of one seed: 10 to 30 messages.</summary>
    public static IReadOnlyList<Step> Generate(int seed)
    {
        var generator = new SequenceGenerator(seed);
        var steps = new List<Step>();
        var count = generator._random.Next(10, 31);
        while (steps.Count < count)
        {
            if (generator.Next() is { } step)
            {
                generator._model.Answer(step);
                steps.Add(step);
                generator._step++;
            }
        }

        return steps;
    }

    private Step? Next()
    {
        var live = _model.Toewijzingen.ToList();
        var roll = _random.Next(100);
        return live.Count == 0 || roll < 15 ? NewToewijzing()
            : roll < 25 ? ChangeToewijzing(Pick(live))
            : roll < 50 ? Start(live)
            : roll < 72 ? Stop(live)
            : Declaratie(live);
    }

    // ---- 301 ----
    private ToewijzingStep NewToewijzing()
    {
        var parties = new Parties(Chance(80) ? _primary : Other(_primary), Gemeenten[Chance(70) ? 0 : 1], Aanbieders[Chance(70) ? 0 : 1]);
        var client = _random.Next(2);
        var lines = new List<ToewijzingLine> { NewLine(parties, client, 0) };
        if (Chance(20) && NewLine(parties, client, 1) is { } second && second.Nummer != lines[0].Nummer)
        {
            lines.Add(second);
        }

        return new ToewijzingStep(parties, client, lines);
    }

    private ToewijzingLine NewLine(Parties parties, int client, int productIndex)
    {
        var product = Products(parties.Standard)[productIndex];
        var ingang = new DateOnly(2026, 1, 1).AddDays(_random.Next(0, 181));
        if (Chance(50))
        {
            ingang = new DateOnly(ingang.Year, ingang.Month, 1);
        }

        var einde = ingang.AddDays(_random.Next(20, 271));
        if (Chance(30))
        {
            einde = new DateOnly(einde.Year, einde.Month, 1).AddMonths(1).AddDays(-1);
        }

        var nummer = Number(parties);
        var reused = _model.Toewijzingen.Where(v => v.Parties.Standard == parties.Standard && v.Parties.Gemeente == parties.Gemeente && (v.Parties != parties || v.Client != client)).ToList();
        if (reused.Count > 0 && Chance(5))
        {
            nummer = Pick(reused).Line.Nummer;
        }

        if (Chance(10))
        {
            // Aspecifiek with a budget (eurocents); an Einddatum is required.
            return new ToewijzingLine(nummer, product with { Code = null }, Tijd(), ingang, einde, null, null, _random.Next(5, 40) * 10_000L);
        }

        var (eenheid, frequentie) = Pick<(string, string)>(
        [
            ("04", "1"), ("04", "2"), ("04", "4"), ("04", "6"), ("01", "2"), ("01", "4"), ("14", "2"), ("14", "4"),
            ("16", "2"), ("84", "4"), ("84", "6"), ("82", "1"), ("82", "2"), ("82", "4"), ("83", "4"), ("83", "6"),
        ]);
        var volume = eenheid switch
        {
            "01" => _random.Next(6, 61) * 10,
            "83" => _random.Next(10, 200) * 1_000L,
            _ when frequentie == "6" => _random.Next(10, 120),
            _ => _random.Next(1, 13),
        };
        var open = frequentie != "2" && Chance(30);
        return new ToewijzingLine(nummer, product, Tijd(), ingang, open ? null : einde, null, new Omvang(volume, eenheid, frequentie), null);
    }

    private ToewijzingStep ChangeToewijzing(ReferenceModel.Version current)
    {
        var t = current.Line;
        var roll = _random.Next(100);
        var tijd = Chance(5) ? t.Tijd.Add(TimeSpan.FromSeconds(-1)) : Tijd();
        ToewijzingLine changed;
        if (roll < 20 || current.Deleted)
        {
            changed = t with { Tijd = tijd, Einde = t.Ingang, Reden = "13" };
        }
        else if (roll < 45 && t.Einde is { } einde)
        {
            changed = t with { Tijd = tijd, Einde = einde.AddDays(_random.Next(14, 121)), Reden = "04" };
        }
        else if (roll < 70)
        {
            var last = t.Einde ?? new DateOnly(2027, 6, 30);
            changed = t with { Tijd = tijd, Einde = t.Ingang.AddDays(_random.Next(0, Math.Max(1, last.DayNumber - t.Ingang.DayNumber))), Reden = "05" };
        }
        else if (t.Omvang is { Frequentie: "6" } omvang)
        {
            changed = t with { Tijd = tijd, Omvang = omvang with { Volume = Math.Max(1, omvang.Volume + _random.Next(-5, 20)) }, Reden = "14" };
        }
        else if (t.Budget is { } budget)
        {
            changed = t with { Tijd = tijd, Budget = Math.Max(1000, budget + (_random.Next(-10, 30) * 1000)), Reden = "14" };
        }
        else
        {
            changed = t with { Tijd = tijd };
        }

        return new ToewijzingStep(current.Parties, current.Client, [changed]);
    }

    // ---- 305 ----
    private Step Start(List<ReferenceModel.Version> live)
    {
        var t = Pick(live);
        var line = t.Line;
        var (starts, stops) = _model.LinesOf(t.Parties, t.Client);
        var mine = starts.Where(s => s.Nummer == line.Nummer).ToList();
        var roll = _random.Next(100);
        if (roll < 10 && mine.Count > 0)
        {
            // The same key again (TR074), or a delete of a start (TR063/TR071).
            var key = Pick(mine);
            return new StartStep(t.Parties, t.Client, [new StartLine(key.Nummer, key.Product, line.Ingang, key.Begin, Chance(50) ? "1" : "3")]);
        }

        if (roll < 20 && mine.Count > 0)
        {
            // A correction: delete the start and add one with another Begindatum in the same message.
            var key = Pick(mine);
            var begin = Clamp(key.Begin.AddDays(_random.Next(-3, 4)), line.Ingang, Today);
            return new StartStep(t.Parties, t.Client, [new StartLine(key.Nummer, key.Product, line.Ingang, key.Begin, "3"), new StartLine(key.Nummer, key.Product, line.Ingang, begin, "1")]);
        }

        if (roll < 23)
        {
            // A delete of a start that was never sent.
            return new StartStep(t.Parties, t.Client, [new StartLine(line.Nummer, line.Product, line.Ingang, Begin(line), "3")]);
        }

        var nummer = roll < 32 ? line.Nummer + 777 : line.Nummer;
        var client = roll is >= 32 and < 36 ? 1 - t.Client : t.Client;
        return new StartStep(t.Parties, client, [new StartLine(nummer, line.Product, line.Ingang, Begin(line), "1")]);
    }

    private DateOnly Begin(ToewijzingLine line)
    {
        var last = Min(line.Einde ?? Today, Today);
        return last < line.Ingang ? line.Ingang : line.Ingang.AddDays(_random.Next(0, Math.Min(60, last.DayNumber - line.Ingang.DayNumber) + 1));
    }

    // ---- 307 ----
    private Step Stop(List<ReferenceModel.Version> live)
    {
        var started = live.Where(v => _model.LinesOf(v.Parties, v.Client).Starts.Any(s => s.Nummer == v.Line.Nummer)).ToList();
        var t = started.Count > 0 && Chance(85) ? Pick(started) : Pick(live);
        var (starts, stops) = _model.LinesOf(t.Parties, t.Client);
        var candidates = starts.Where(s => s.Nummer == t.Line.Nummer).ToList();
        var start = candidates.Count > 0 && Chance(85)
            ? Pick(candidates)
            : new ReferenceModel.StartKey(t.Line.Nummer, t.Line.Product, Begin(t.Line));
        var roll = _random.Next(100);
        var ofStart = stops.Where(s => s.Start == start).ToList();
        if (roll < 15 && ofStart.Count > 0)
        {
            // The same stop again (TR074) or its deletion (TR063), sometimes with a corrected stop (TR415 after delete).
            var stop = Pick(ofStart);
            var again = Line(t, stop.Start, stop.Reden, stop.Einde, Chance(60) ? "3" : "1");
            return Chance(40) && again.Status == "3"
                ? new StopStep(t.Parties, t.Client, [again, Line(t, stop.Start, stop.Reden, Einde(stop.Start.Begin), "1")])
                : new StopStep(t.Parties, t.Client, [again]);
        }

        if (roll < 20)
        {
            // A delete of a stop that was never sent.
            return new StopStep(t.Parties, t.Client, [Line(t, start, "02", Einde(start.Begin), "3")]);
        }

        if (roll < 25)
        {
            // Einddatum before Begindatum: TR018 (level 2).
            return new StopStep(t.Parties, t.Client, [Line(t, start, "02", start.Begin.AddDays(-_random.Next(1, 10)), "1")]);
        }

        var begin = roll < 32 ? start.Begin.AddDays(1) : start.Begin;
        var reden = Chance(45) ? "20" : Pick(["02", "36"]);
        var key = start with { Begin = begin };
        return new StopStep(t.Parties, t.Client, [Line(t, key, reden, Einde(begin), "1")]);
    }

    private StopLine Line(ReferenceModel.Version t, ReferenceModel.StartKey start, string reden, DateOnly einde, string status) =>
        new(start.Nummer, start.Product, t.Line.Ingang, start.Begin, reden, einde, status);

    private DateOnly Einde(DateOnly begin) => Min(begin.AddDays(_random.Next(0, 60)), Today);

    // ---- 323 ----
    private DeclaratieStep? Declaratie(List<ReferenceModel.Version> live)
    {
        var parties = Pick(live).Parties;
        var own = live.Where(v => v.Parties == parties).ToList();
        if (!_months.TryGetValue(parties, out var maand))
        {
            var first = own.Min(v => v.Line.Ingang);
            maand = new DateOnly(first.Year, first.Month, 1);
        }

        if (maand > LastMonth)
        {
            return null;
        }

        var prestaties = new List<PrestatieLine>();
        var debits = new HashSet<(long, DateOnly)>();
        var credited = new HashSet<string>();
        foreach (var open in _model.OpenDebits(parties).Where(_ => Chance(15)).Take(2))
        {
            prestaties.Add(Credit(open.Line));
            credited.Add(open.Line.Referentie);
        }

        if (Chance(15) && _model.Prestaties(parties).Where(p => p.Line.Credit || !p.Approved).ToList() is { Count: > 0 } done)
        {
            // A credit of a debit already credited (TR390) or never granted (TR323).
            var target = Pick(done).Line;
            var vorig = target.Credit ? target.Vorig! : target.Referentie;
            if (credited.Add(vorig))
            {
                prestaties.Add(Credit(target with { Referentie = vorig, Credit = false }));
            }
        }

        if (Chance(20) && _model.OpenDebits(parties).Where(p => !credited.Contains(p.Line.Referentie)).ToList() is { Count: > 0 } redo)
        {
            // Another debit for a ProductPeriode already granted: a correction with its credit, or without (TR389).
            var old = Pick(redo).Line;
            if (own.FirstOrDefault(v => v.Line.Nummer == old.Toewijzing) is { } t && debits.Add((old.Toewijzing, old.Begin)))
            {
                if (Chance(50))
                {
                    prestaties.Add(Credit(old));
                    credited.Add(old.Referentie);
                }

                prestaties.Add(Debit(t, old.Begin, old.Einde));
            }
        }

        foreach (var t in own.Where(_ => Chance(60)).Take(3))
        {
            if (Periode(t.Line, maand) is not { } periode || !debits.Add((t.Line.Nummer, periode.Begin)))
            {
                continue;
            }

            var repeat = _model.OpenDebits(parties).FirstOrDefault(p => p.Line.Toewijzing == t.Line.Nummer && p.Line.Begin == periode.Begin && !credited.Contains(p.Line.Referentie));
            if (repeat is not null && Chance(60))
            {
                prestaties.Add(Credit(repeat.Line));
                credited.Add(repeat.Line.Referentie);
            }

            prestaties.Add(Debit(t, periode.Begin, periode.Einde));
        }

        if (Chance(4) && prestaties.Count > 0)
        {
            // The other client's BSN on a prestatie: its number belongs to another client of this provider (TR304).
            var i = _random.Next(prestaties.Count);
            prestaties[i] = prestaties[i] with { Client = 1 - prestaties[i].Client };
        }

        if (prestaties.Count == 0)
        {
            return null;
        }

        _months[parties] = maand.AddMonths(1);
        var nummer = "D" + _step.ToString("D4", CultureInfo.InvariantCulture);
        var granted = _declaraties.Where(d => d.Parties == parties && _model.Prestaties(parties).Any()).ToList();
        if (granted.Count > 0 && Chance(4))
        {
            nummer = Pick(granted).Nummer;
        }
        else
        {
            _declaraties.Add((parties, nummer));
        }

        // Shuffle, then keep each client's prestaties together as the message does.
        var shuffled = prestaties.OrderBy(_ => _random.Next()).ToList();
        var order = shuffled.Select(p => p.Client).Distinct().ToList();
        return new DeclaratieStep(parties, nummer, maand, [.. shuffled.OrderBy(p => order.IndexOf(p.Client))]);
    }

    /// <summary>A ProductPeriode of the toewijzing in the DeclaratiePeriode or an earlier month, clipped to the toewijzing.</summary>
    private (DateOnly Begin, DateOnly Einde)? Periode(ToewijzingLine t, DateOnly maand)
    {
        var month = maand;
        if (Chance(30))
        {
            month = month.AddMonths(-_random.Next(1, 4));
        }

        // Now and then the whole month although the toewijzing starts or ends in it (TR307, TR308).
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var begin = Chance(4) ? month : Max(month, t.Ingang);
        var einde = t.Einde is { } e && !Chance(6) ? Min(monthEnd, e) : monthEnd;
        return begin <= einde ? (begin, einde) : null;
    }

    private PrestatieLine Debit(ReferenceModel.Version t, DateOnly begin, DateOnly einde)
    {
        var line = t.Line;
        var product = line.Product!.Code is null ? Products(t.Parties.Standard).First(p => p.Categorie == line.Product.Categorie) : line.Product;
        var eenheid = line.Omvang?.Eenheid ?? "83";
        var minutes = eenheid == "04" && Chance(30);
        var perUnit = minutes ? 60 : 1;
        var allowed = line.Omvang is null ? long.MaxValue : ReferenceModel.AllowedIn(t, begin, einde) * perUnit;
        var remaining = _model.Remaining(t) is { } left ? left / (eenheid == "04" && !minutes ? 60 : 1) : long.MaxValue;
        var target = Math.Min(allowed, remaining);
        if (target is <= 0 or long.MaxValue)
        {
            target = Math.Max(1, allowed == long.MaxValue ? 10 : allowed);
        }

        var volume = Math.Max(1, _random.Next(4) switch
        {
            0 => target - 1,
            1 => target,
            2 => target + 1,
            _ => 1 + _random.NextInt64(target),
        });
        var use = minutes ? "01" : eenheid;
        var tarief = Tarief(use);
        return new PrestatieLine(t.Client, Referentie(), null, false, line.Nummer, product, begin, einde, volume, use, tarief, tarief is { } x ? volume * x : volume);
    }

    private PrestatieLine Credit(PrestatieLine debit) => debit with { Referentie = Referentie(), Vorig = debit.Referentie, Credit = true };

    private static long? Tarief(string eenheid) => eenheid switch
    {
        "04" => 6000,
        "01" => 100,
        "14" => 15000,
        "16" => 4000,
        "84" => 2500,
        "82" => 3500,
        _ => null,
    };

    private string Referentie() => string.Create(CultureInfo.InvariantCulture, $"R{_step:D3}-{++_referentie:D3}");

    // ---- helpers ----
    private static IReadOnlyList<Product> Products(Standard standard) => standard == Standard.Ijw
        ? [new Product("45", "45A48"), new Product("54", "54002")]
        : [new Product("02", "02A01"), new Product("01", "01A03")];

    private long Number(Parties parties)
    {
        var key = (parties.Standard, parties.Gemeente);
        _nummers[key] = _nummers.GetValueOrDefault(key, 5000) + 1;
        return _nummers[key];
    }

    private TimeOnly Tijd() => new TimeOnly(8, 0).Add(TimeSpan.FromMinutes(_step));

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static Standard Other(Standard standard) => standard == Standard.Ijw ? Standard.Iwmo : Standard.Ijw;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Clamp(DateOnly d, DateOnly low, DateOnly high) => d < low ? low : d > high ? high : d;
}
