using System.Collections.Concurrent;
using Gateway.Messages.Answers;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Region;

/// <summary>
/// Municipal mergers as the reference data tells them today (<see cref="ReferenceData.CurrentCode"/>, on the Dutch
/// date): where a message for a ceased code goes, and which codes share one gemeente's ledger history. A code the
/// region configures itself (Region:Gemeenten) keeps its own back office, merged or not; without reference data
/// (<see cref="NoReferenceData"/>) every code stands for itself.
/// </summary>
internal sealed class GemeenteMergers(ReloadingSource<ReferenceData> reference, RoutingTable routes, TimeProvider time) : IGemeenteMergers
{
    /// <summary>Codes come from messages: past this many in one day the answers are worked out again instead of kept.</summary>
    private const int MaxRememberedCodes = 10_000;

    private volatile JoinedCodesOfDay _joined = new(null, DateOnly.MinValue);

    /// <inheritdoc />
    public bool MergedOutsideRegion(string gemeentecode) => RouteOf(gemeentecode) is { InRegion: false };

    /// <summary>
    /// The route of a message for <paramref name="gemeentecode"/> when that code is not configured in the region and
    /// ceased in a merger; null otherwise (configured, current, or unknown to the reference data).
    /// </summary>
    public MergerRoute? RouteOf(string gemeentecode)
    {
        if (routes.Find(gemeentecode) is not null)
        {
            return null;
        }

        var data = reference.Current;
        var current = data.CurrentCode(gemeentecode, DutchDate.Today(time));
        return current is not null && current != gemeentecode && data.Gemeente(current) is { } successor
            ? new MergerRoute(gemeentecode, successor, routes.Find(current) is not null)
            : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> JoinedCodes(string gemeentecode)
    {
        // Every ledger read asks this, and the answer scans all gemeenten: it is kept per code for as long as the reference
        // data and the Dutch date stay the same. The day is told by the instants it begins and ends, so a call within it
        // converts no time zone.
        var data = reference.Current;
        var now = time.GetUtcNow();
        var joined = _joined;
        if (!ReferenceEquals(joined.Data, data) || now < joined.From || now >= joined.Until)
        {
            joined = _joined = new JoinedCodesOfDay(data, DutchDate.Of(now));
        }

        var today = joined.Day;

        if (joined.Codes.TryGetValue(gemeentecode, out var codes))
        {
            return codes;
        }

        codes = Join(data, today, gemeentecode);
        if (Interlocked.Increment(ref joined.Count) <= MaxRememberedCodes)
        {
            joined.Codes.TryAdd(gemeentecode, codes);
        }

        return codes;
    }

    private static string[] Join(ReferenceData data, DateOnly today, string gemeentecode)
    {
        var current = data.CurrentCode(gemeentecode, today) ?? gemeentecode;
        var joined = new SortedSet<string>(StringComparer.Ordinal) { gemeentecode, current };
        joined.UnionWith(data.Gemeenten.Where(g => g.Opvolger is not null && data.CurrentCode(g.Code, today) == current).Select(g => g.Code));
        return [.. joined];
    }

    /// <summary>The joined codes worked out so far for one version of the reference data on one day.</summary>
    private sealed class JoinedCodesOfDay(ReferenceData? data, DateOnly day)
    {
        public int Count;

        public ReferenceData? Data { get; } = data;

        public DateOnly Day { get; } = day;

        /// <summary>When <see cref="Day"/> begins (Dutch midnight).</summary>
        public DateTimeOffset From { get; } = day == DateOnly.MinValue ? DateTimeOffset.MaxValue : DutchDate.StartOf(day);

        /// <summary>When the next day begins.</summary>
        public DateTimeOffset Until { get; } = day == DateOnly.MinValue ? DateTimeOffset.MinValue : DutchDate.StartOf(day.AddDays(1));

        public ConcurrentDictionary<string, string[]> Codes { get; } = new(StringComparer.Ordinal);
    }
}
