using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Ledger;

namespace Gateway.Routing.Tests.Properties;

/// <summary>
/// A small reference model of the ledger, written apart from production (it calls no rule, ledger or arithmetic class
/// of src/): it keeps the accepted toewijzingen, starts, stops and granted prestaties in plain collections and predicts,
/// per message, the answer the gateway must give (see <see cref="Observation"/> for the format).
/// <para>
/// Readings it takes (the standard, §2.2–§2.3, §4.4, §5.3 of the fact file):
/// a toewijzing is its newest version by Toewijzingsdatum + Toewijzingstijd (later arrival on a tie); RedenWijziging 13
/// makes it "never sent". A start or stop line is judged against the client's lines at that provider before the
/// message; the message's own deletions count first for TR326/TR413/TR414/TR415 (IV008). A same-key repeat is only
/// TR074's. The funding variant is the unit's hint (82/83 outputgericht, otherwise inspanningsgericht), as no contract
/// is loaded. Per maand a broken month allows the full month (IV078). Per week outputgericht the broken last week is
/// paid in the period holding the toewijzing's last Sunday, or its Einddatum when it has no Sunday. TR322/TR369
/// total what earlier 325s granted, then this message's credits, then its debits in order (line order carries no
/// meaning, and a correction's credit makes room for its replacement, IV086); a debit that itself exceeds the limit
/// adds nothing; only what this 325 grants counts, so a prestatie another rule rejects adds and frees nothing. TR321
/// judges debits only (a credit takes back what was granted, IV085); the other rules judge credits as well. A prestatie on a number this provider got for another client
/// rejects its Client (TR304, 8187; its prestaties 0233). A 323 counts as processed when its 325 grants something: only
/// then is its DeclaratieNummer used (TR333) and its DeclaratiePeriode the last one TR318 (8214) compares with: not
/// earlier, and a gap only when no debit of the new 323 falls in a skipped month.
/// </para>
/// </summary>
internal sealed class ReferenceModel
{
    private const string Verwijderd = "13";
    private const string Tijdelijk = "20";

    private readonly List<Version> _versions = [];
    private readonly Dictionary<(Parties Parties, int Client), (HashSet<StartKey> Starts, HashSet<StopKey> Stops)> _lines = [];
    private readonly List<Granted> _prestaties = [];
    private readonly HashSet<(Standard, string Aanbieder, string Nummer)> _declaraties = [];
    private readonly Dictionary<Parties, DateOnly> _lastPeriode = [];
    private int _arrival;

    /// <summary>The newest live version of each toewijzing, for the generator to pick plausible messages.</summary>
    public IEnumerable<Version> Toewijzingen =>
        _versions.Select(v => (v.Parties.Standard, v.Parties.Gemeente, v.Line.Nummer)).Distinct()
            .Select(k => Current(k.Standard, k.Gemeente, k.Nummer)!);

    /// <summary>The actual starts and stops of a client at a provider.</summary>
    public (IReadOnlyCollection<StartKey> Starts, IReadOnlyCollection<StopKey> Stops) LinesOf(Parties parties, int client) =>
        _lines.TryGetValue((parties, client), out var lines) ? (lines.Starts, lines.Stops) : ([], []);

    /// <summary>Granted debits not yet credited, for the generator's corrections.</summary>
    public IEnumerable<Granted> OpenDebits(Parties parties) =>
        _prestaties.Where(p => p.Parties == parties && !p.Line.Credit && p.Approved && !IsCredited(parties, p.Line.Referentie));

    /// <summary>Every prestatie the model recorded (granted or not) of a provider.</summary>
    public IEnumerable<Granted> Prestaties(Parties parties) => _prestaties.Where(p => p.Parties == parties);

    /// <summary>For the generator: what a live toewijzing allows in a period (its unit), as TR321 reads it.</summary>
    public static long AllowedIn(Version toewijzing, DateOnly begin, DateOnly end) =>
        toewijzing.Line.Omvang is null ? 0 : Allowed(toewijzing, begin, end);

    /// <summary>For the generator: what is left of the TR322/TR369 limit (minutes for hours); null without a limit.</summary>
    public long? Remaining(Version toewijzing)
    {
        var parties = toewijzing.Parties;
        return Limit(toewijzing) is { } limit
            ? limit - _prestaties.Where(p => p.Approved && p.Parties == parties && p.Line.Toewijzing == toewijzing.Line.Nummer).Sum(p => Measure(toewijzing, p.Line) * (p.Line.Credit ? -1 : 1))
            : null;
    }

    /// <summary>Predicts the answer to <paramref name="step"/> and, when the message is accepted, applies it.</summary>
    public string Answer(Step step) => step switch
    {
        ToewijzingStep s => Toewijzing(s),
        StartStep s => Start(s),
        StopStep s => Stop(s),
        DeclaratieStep s => Declaratie(s),
        _ => throw new ArgumentException("Unknown step " + step.GetType().Name, nameof(step)),
    };

    /// <summary>The newest version of a toewijzing (deleted or not), or null when never sent.</summary>
    public Version? Current(Standard standard, string gemeente, long nummer)
    {
        Version? newest = null;
        foreach (var v in _versions)
        {
            if (v.Parties.Standard != standard || v.Parties.Gemeente != gemeente || v.Line.Nummer != nummer)
            {
                continue;
            }

            if (newest is null || (v.Line.Tijd, v.Arrival).CompareTo((newest.Line.Tijd, newest.Arrival)) > 0)
            {
                newest = v;
            }
        }

        return newest;
    }

    // ---- 301 (outbound): TR332, TR385, OP087 ----
    private string Toewijzing(ToewijzingStep step)
    {
        var refused = new List<string>();
        for (var i = 0; i < step.Lines.Count; i++)
        {
            var line = step.Lines[i];
            var path = $"/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{i + 1}]";
            var sameNumber = _versions.Where(v => v.Parties.Standard == step.Parties.Standard && v.Parties.Gemeente == step.Parties.Gemeente && v.Line.Nummer == line.Nummer);
            if (sameNumber.Any(v => v.Parties != step.Parties || v.Client != step.Client))
            {
                refused.Add(path + " 9332");
            }

            if (line.Reden == Verwijderd && _prestaties.Any(p => p.Approved && p.Parties.Standard == step.Parties.Standard && p.Parties.Gemeente == step.Parties.Gemeente && p.Line.Toewijzing == line.Nummer))
            {
                refused.Add(path + " 9385");
            }
        }

        // OP087: every toewijzing of the client at the provider actual on the Dagtekening is carried.
        var listed = step.Lines.Select(l => l.Nummer).ToHashSet();
        if (_versions.Where(v => v.Parties == step.Parties && v.Client == step.Client)
            .GroupBy(v => v.Line.Nummer)
            .Select(g => g.MaxBy(v => (v.Line.Tijd, v.Arrival))!)
            .Any(v => !v.Deleted && (v.Line.Einde is null || v.Line.Einde >= Traffic.Dagtekening) && !listed.Contains(v.Line.Nummer)))
        {
            refused.Add("/Bericht/Client 9349");
        }

        if (refused.Count > 0)
        {
            return Observation.Refused(refused);
        }

        foreach (var line in step.Lines)
        {
            _versions.Add(new Version(step.Parties, step.Client, line, ++_arrival));
        }

        return Observation.Queued;
    }

    // ---- 305: TR019, TR063, TR071, TR074, TR326; TR101 (level 2) ----
    private string Start(StartStep step)
    {
        var (starts, stops) = Lines(step.Parties, step.Client);
        var deletedHere = step.Lines.Where(l => l.Status == "3").Select(Key).ToHashSet();
        return Judge(step, step.Lines, l => l.Nummer, l => l.Status, Key, starts, (line, key, found) =>
        {
            if (line.Status == "3")
            {
                Add(found, !starts.Contains(key), "9063");
                Add(found, stops.Any(s => s.Start == key), "9071");
                return;
            }

            Add(found, starts.Contains(key), "9074");

            // Another start of this toewijzing still delivering: not deleted (here or before) and not stopped.
            Add(found, starts.Any(s => s != key && s.Nummer == key.Nummer && !deletedHere.Contains(s) && !stops.Any(x => x.Start == s)), "9326");
        });
    }

    // ---- 307: TR019, TR063, TR074, TR382, TR413, TR414, TR415; TR018, TR101 (level 2) ----
    private string Stop(StopStep step)
    {
        if (step.Lines.Any(l => l.Einde < l.Begin))
        {
            return Observation.Level2;
        }

        var (starts, stops) = Lines(step.Parties, step.Client);
        var deletedHere = step.Lines.Where(l => l.Status == "3").Select(Key).ToHashSet();
        return Judge(step, step.Lines, l => l.Nummer, l => l.Status, Key, stops, (line, key, found) =>
        {
            if (line.Status == "3")
            {
                Add(found, !stops.Contains(key), "9063");
                return;
            }

            Add(found, stops.Contains(key), "9074");
            Add(found, !starts.Contains(key.Start), "9069");
            var actual = stops.Where(s => s.Start == key.Start && !deletedHere.Contains(s)).ToList();
            Add(found, key.Reden == Tijdelijk && actual.Any(s => s.Reden == Tijdelijk && s != key), "9413");
            Add(found, actual.Any(s => s.Einde > key.Einde), "9414");
            Add(found, actual.Any(s => s.Reden != Tijdelijk && s != key), "9415");
        });
    }

    /// <summary>
    /// The frame of 305 and 307: a key twice in one message is level 2 (TR101); every line must name a live toewijzing
    /// of this client at this provider (TR019); when no line breaks a rule, deletions leave and additions join
    /// <paramref name="actual"/>.
    /// </summary>
    private string Judge<TLine, TKey>(Step step, IReadOnlyList<TLine> lines, Func<TLine, long?> nummer, Func<TLine, string> status, Func<TLine, TKey> key, HashSet<TKey> actual, Action<TLine, TKey, List<string>> rules)
    {
        if (lines.Select(key).Distinct().Count() < lines.Count)
        {
            return Observation.Level2;
        }

        var codes = new List<IReadOnlyList<string>>();
        foreach (var line in lines)
        {
            var found = new List<string>();
            Add(found, !Linked(step.Parties, step.Client, nummer(line)), "9019");
            rules(line, key(line), found);
            codes.Add(found);
        }

        if (codes.Any(c => c.Count > 0))
        {
            return Observation.RejectedLines(codes);
        }

        foreach (var line in lines)
        {
            if (status(line) == "3")
            {
                actual.Remove(key(line));
            }
            else
            {
                actual.Add(key(line));
            }
        }

        return Observation.Accepted;
    }

    private static void Add(List<string> found, bool broken, string code)
    {
        if (broken)
        {
            found.Add(code);
        }
    }

    // ---- 323: the prestatie rules and the 325's total ----
    private string Declaratie(DeclaratieStep step)
    {
        var parties = step.Parties;
        var declaratie = new List<string>();
        Add(declaratie, _declaraties.Contains((parties.Standard, parties.Aanbieder, step.Nummer)), "9333");
        Add(declaratie, !FollowsLastPeriode(step), "8214");
        if (declaratie.Count > 0)
        {
            return Observation.DeclaratieRejected(declaratie, Submitted(step.Prestaties));
        }

        // TR304: a prestatie on a number this provider got for another client rejects its Client (prestaties 0233).
        var rejectedClients = step.Prestaties.Where(p => Current(parties.Standard, parties.Gemeente, p.Toewijzing) is { } v && v.Parties == parties && v.Client != p.Client)
            .Select(p => p.Client).ToHashSet();
        var maandEinde = step.Maand.AddMonths(1).AddDays(-1);
        var codes = new List<string>[step.Prestaties.Count];
        for (var i = 0; i < step.Prestaties.Count; i++)
        {
            codes[i] = PrestatieCodes(step, step.Prestaties[i], maandEinde);
        }

        // TR322/TR369: credits first, then debits in order.
        var totals = new Dictionary<long, long>();
        foreach (var i in Enumerable.Range(0, step.Prestaties.Count).OrderBy(i => step.Prestaties[i].Credit ? 0 : 1).ThenBy(i => i))
        {
            var line = step.Prestaties[i];
            if (Current(parties.Standard, parties.Gemeente, line.Toewijzing) is not { Deleted: false } toewijzing
                || toewijzing.Client != line.Client || toewijzing.Parties != parties
                || Limit(toewijzing) is not { } limit)
            {
                continue;
            }

            if (!totals.TryGetValue(line.Toewijzing, out var total))
            {
                total = _prestaties.Where(p => p.Approved && p.Parties.Standard == parties.Standard && p.Parties.Gemeente == parties.Gemeente && p.Line.Toewijzing == line.Toewijzing)
                    .Sum(p => Measure(toewijzing, p.Line) * (p.Line.Credit ? -1 : 1));
            }

            // Only what this 325 grants counts: a line another rule (or TR304 on its client) rejects adds and frees nothing.
            var amount = Measure(toewijzing, line) * (line.Credit ? -1 : 1);
            if (!line.Credit && total + amount > limit)
            {
                codes[i].Add(toewijzing.Line.Budget is null ? "9322" : "9369");
            }
            else if (codes[i].Count == 0 && !rejectedClients.Contains(line.Client))
            {
                total += amount;
            }

            totals[line.Toewijzing] = total;
        }

        bool Grants(PrestatieLine p, int i) => codes[i].Count == 0 && !rejectedClients.Contains(p.Client);
        var granted = step.Prestaties.Where(Grants).ToList();
        if (granted.Count > 0)
        {
            // Processed: the number is used, its DeclaratiePeriode is the last one, and each prestatie has its verdict.
            _declaraties.Add((parties.Standard, parties.Aanbieder, step.Nummer));
            _lastPeriode[parties] = _lastPeriode.TryGetValue(parties, out var last) && last > step.Maand ? last : step.Maand;
            _prestaties.AddRange(step.Prestaties.Select((p, i) => new Granted(parties, p, Grants(p, i))));
        }

        return Observation.Declaratie(step.Prestaties, codes, rejectedClients, Submitted(step.Prestaties), Submitted(granted));
    }

    private List<string> PrestatieCodes(DeclaratieStep step, PrestatieLine line, DateOnly maandEinde)
    {
        var parties = step.Parties;
        var found = new List<string>();
        var current = Current(parties.Standard, parties.Gemeente, line.Toewijzing);
        if (line.Einde > maandEinde)
        {
            found.Add("9319");
        }

        // A number this provider got for another client is TR304's, on the Client: no prestatie rule judges it.
        if (current is null || current.Parties != parties)
        {
            found.Add("9338");
        }
        else if (current.Client == line.Client && current.Deleted)
        {
            found.Add("9384");
        }
        else if (current.Client == line.Client)
        {
            var t = current.Line;
            if (line.Begin < t.Ingang)
            {
                found.Add("9307");
            }

            if (t.Einde is { } einde && line.Einde > einde)
            {
                found.Add("9308");
            }

            var first = new DateOnly(line.Begin.Year, line.Begin.Month, 1);
            if (line.Begin != first && t.Ingang <= first)
            {
                found.Add("9387");
            }

            var last = new DateOnly(line.Einde.Year, line.Einde.Month, 1).AddMonths(1).AddDays(-1);
            if (line.Einde != last && (t.Einde is null || t.Einde >= last))
            {
                found.Add("9388");
            }

            if (!line.Credit && t.Omvang is { } omvang && line.Volume * (line.Eenheid == "01" && omvang.Eenheid == "04" ? 1 : Minutes(omvang)) > Allowed(current, line.Begin, line.Einde) * Minutes(omvang))
            {
                found.Add("9321");
            }
        }

        var earlier = _prestaties.Where(p => p.Parties.Standard == parties.Standard && p.Parties.Aanbieder == parties.Aanbieder).ToList();
        if (line.Credit)
        {
            if (!earlier.Any(p => p.Approved && !p.Line.Credit && p.Line.Referentie == line.Vorig))
            {
                found.Add("8017");
            }

            if (earlier.Any(p => p.Approved && p.Line.Credit && p.Line.Vorig == line.Vorig))
            {
                found.Add("9390");
            }
        }
        else
        {
            // TR389: an earlier granted debit of the same line must be credited, before or in this message.
            var creditedHere = step.Prestaties.Where(p => p.Credit).Select(p => p.Vorig).ToHashSet();
            var repeats = earlier.Where(p => p.Approved && !p.Line.Credit && p.Parties.Gemeente == parties.Gemeente
                && p.Line.Toewijzing == line.Toewijzing && p.Line.Product == line.Product && p.Line.Begin == line.Begin && p.Line.Einde == line.Einde);
            if (repeats.Any(p => !creditedHere.Contains(p.Line.Referentie) && !IsCredited(parties, p.Line.Referentie)))
            {
                found.Add("9389");
            }
        }

        return found;
    }

    /// <summary>
    /// TR318: the DeclaratiePeriode is not before the last processed one of this provider at this gemeente in this
    /// domain, and when it skips months, no debit of this 323 shows delivery in a skipped month.
    /// </summary>
    private bool FollowsLastPeriode(DeclaratieStep step)
    {
        if (!_lastPeriode.TryGetValue(step.Parties, out var last))
        {
            return true;
        }

        if (step.Maand < last)
        {
            return false;
        }

        for (var skipped = last.AddMonths(1); skipped < step.Maand; skipped = skipped.AddMonths(1))
        {
            var end = skipped.AddMonths(1).AddDays(-1);
            if (step.Prestaties.Any(p => !p.Credit && p.Begin <= end && p.Einde >= skipped))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCredited(Parties parties, string referentie) =>
        _prestaties.Any(p => p.Approved && p.Line.Credit && p.Line.Vorig == referentie && p.Parties.Standard == parties.Standard && p.Parties.Aanbieder == parties.Aanbieder);

    private bool Linked(Parties parties, int client, long? nummer) =>
        nummer is { } n && Current(parties.Standard, parties.Gemeente, n) is { Deleted: false } v && v.Parties == parties && v.Client == client;

    private (HashSet<StartKey> Starts, HashSet<StopKey> Stops) Lines(Parties parties, int client)
    {
        if (!_lines.TryGetValue((parties, client), out var lines))
        {
            _lines[(parties, client)] = lines = ([], []);
        }

        return lines;
    }

    private static StartKey Key(StartLine line) => new(line.Nummer, line.Product, line.Begin);

    private static StopKey Key(StopLine line) => new(new StartKey(line.Nummer, line.Product, line.Begin), line.Reden, line.Einde);

    private static long Submitted(IEnumerable<PrestatieLine> lines) => lines.Sum(p => p.Credit ? -p.Bedrag : p.Bedrag);

    /// <summary>1 per unit, 60 when the toewijzing counts hours (so minutes compare exactly).</summary>
    private static long Minutes(Omvang omvang) => omvang.Eenheid == "04" ? 60 : 1;

    /// <summary>What a prestatie counts towards the toewijzing's total: minutes for hours, eurocents for a budget.</summary>
    private static long Measure(Version toewijzing, PrestatieLine line)
    {
        if (toewijzing.Line.Omvang is not { } omvang)
        {
            return line.Eenheid == "83" ? line.Volume : 0;
        }

        return line.Eenheid == omvang.Eenheid ? line.Volume * Minutes(omvang)
            : line.Eenheid == "01" && omvang.Eenheid == "04" ? line.Volume
            : 0;
    }

    /// <summary>The TR322 (in <see cref="Measure"/> units) or TR369 limit; null when there is none.</summary>
    private static long? Limit(Version toewijzing)
    {
        var t = toewijzing.Line;
        if (t.Budget is { } budget)
        {
            return budget;
        }

        if (t.Omvang is not { } omvang)
        {
            return null;
        }

        if (omvang.Frequentie == "6")
        {
            return omvang.Volume * Minutes(omvang);
        }

        return t.Einde is { } einde ? Allowed(toewijzing, t.Ingang, einde) * Minutes(omvang) : null;
    }

    /// <summary>
    /// TR321: what the toewijzing allows from <paramref name="begin"/> to <paramref name="end"/>, by walking the days
    /// they share: per dag each day, per week each calendar week (inspanningsgericht) or each Sunday plus the broken last
    /// week (outputgericht), per maand each month touched, totaal the whole volume.
    /// </summary>
    private static long Allowed(Version toewijzing, DateOnly begin, DateOnly end)
    {
        var t = toewijzing.Line;
        var omvang = t.Omvang!;
        var days = new List<DateOnly>();
        for (var day = begin; day <= end; day = day.AddDays(1))
        {
            if (day >= t.Ingang && (t.Einde is null || day <= t.Einde))
            {
                days.Add(day);
            }
        }

        if (days.Count == 0)
        {
            return 0;
        }

        var output = omvang.Eenheid is "82" or "83";
        long units = omvang.Frequentie switch
        {
            "1" => days.Count,
            "2" when output => days.Count(d => d.DayOfWeek == DayOfWeek.Sunday) + (days.Contains(BrokenWeekDay(t) ?? DateOnly.MinValue) ? 1 : 0),
            "2" => days.Select(d => (ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)))).Distinct().Count(),
            "4" => days.Select(d => (d.Year, d.Month)).Distinct().Count(),
            _ => 1,
        };
        return units * omvang.Volume;
    }

    /// <summary>Outputgericht per week: the day whose period pays the broken last week; null when the toewijzing ends on a Sunday or is open.</summary>
    private static DateOnly? BrokenWeekDay(ToewijzingLine t)
    {
        if (t.Einde is not { } einde || einde.DayOfWeek == DayOfWeek.Sunday)
        {
            return null;
        }

        for (var day = einde; day >= t.Ingang; day = day.AddDays(-1))
        {
            if (day.DayOfWeek == DayOfWeek.Sunday)
            {
                return day;
            }
        }

        return einde;
    }

    /// <summary>One accepted version of a toewijzing.</summary>
    internal sealed record Version(Parties Parties, int Client, ToewijzingLine Line, int Arrival)
    {
        public bool Deleted => Line.Reden == Verwijderd;
    }

    /// <summary>A recorded prestatie and whether its 325 granted it.</summary>
    internal sealed record Granted(Parties Parties, PrestatieLine Line, bool Approved);

    /// <summary>A start's key: ToewijzingNummer, Product, Begindatum.</summary>
    internal sealed record StartKey(long? Nummer, Product? Product, DateOnly Begin);

    /// <summary>A stop's key: its start's key, RedenBeeindiging, Einddatum.</summary>
    internal sealed record StopKey(StartKey Start, string Reden, DateOnly Einde);
}

/// <summary>The comparable text of an answer, built the same way from the model's prediction and the real answer.</summary>
internal static class Observation
{
    public const string Queued = "queued";
    public const string Accepted = "accepted";
    public const string Level2 = "header 0001";

    public static string Refused(IEnumerable<string> pathCodes) => "refused | " + string.Join(" | ", pathCodes.Order(StringComparer.Ordinal));

    /// <summary>A rejected 306/308: header and client 0200, every line its codes or 0200.</summary>
    public static string RejectedLines(IReadOnlyList<IReadOnlyList<string>> codes) =>
        "header 0200 | client 0200 | " + string.Join(" | ", codes.Select((c, i) => $"line {i + 1} {Codes(c)}"));

    public static string DeclaratieRejected(IEnumerable<string> codes, long submitted) => $"header 0200 | antwoord {Codes(codes)} | toegekend 0D | ingediend {Amount(submitted)}";

    /// <summary>A 325 below header level: 8001 with everything granted, or 0200 with the rejected prestaties by ReferentieNummer.</summary>
    public static string Declaratie(IReadOnlyList<PrestatieLine> lines, IReadOnlyList<IReadOnlyList<string>> codes, IReadOnlySet<int> rejectedClients, long submitted, long granted)
    {
        if (codes.All(c => c.Count == 0) && rejectedClients.Count == 0)
        {
            return $"header 0200 | antwoord 8001 | toegekend {Amount(submitted)} | ingediend {Amount(submitted)}";
        }

        var parts = new List<string> { "header 0200", "antwoord 0200", "toegekend " + Amount(granted), "ingediend " + Amount(submitted) };
        foreach (var client in lines.Select(l => l.Client).Distinct())
        {
            var whole = rejectedClients.Contains(client);
            var listed = lines.Select((l, i) => (l, i)).Where(x => x.l.Client == client && (whole || codes[x.i].Count > 0)).ToList();
            if (listed.Count > 0)
            {
                parts.Add($"client {client} {(whole ? "8187" : "0200")}");
                parts.AddRange(listed.Select(x => $"{x.l.Referentie} {(codes[x.i].Count > 0 ? Codes(codes[x.i]) : "0233")}"));
            }
        }

        return string.Join(" | ", parts);
    }

    public static string Codes(IEnumerable<string> codes)
    {
        var list = codes.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "0200" : string.Join(",", list);
    }

    public static string Amount(long saldo) => saldo < 0
        ? (-saldo).ToString(CultureInfo.InvariantCulture) + "C"
        : saldo.ToString(CultureInfo.InvariantCulture) + "D";
}
