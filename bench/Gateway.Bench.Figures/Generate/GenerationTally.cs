using System.Globalization;
using System.Text;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// What the generation sent and what the gateway made of it: messages per code and outcome, prestaties granted and
/// rejected (as planned or not, with the retourcodes), and a few examples of anything the plan did not expect.
/// </summary>
internal sealed class GenerationTally
{
    private const int ExamplesKept = 12;

    public SortedDictionary<string, long> Messages { get; } = new(StringComparer.Ordinal);

    /// <summary>325s the region held for its back office, and how many of them it released.</summary>
    public long AnswersHeld { get; set; }

    public long AnswersReleased { get; set; }

    public long PrestatiesGranted { get; set; }

    public long PrestatiesRejectedAsPlanned { get; set; }

    public long PrestatiesPlannedButGranted { get; set; }

    /// <summary>Prestaties the plan meant to be granted that the 325 rejected, per retourcode.</summary>
    public SortedDictionary<string, long> UnexpectedRejections { get; } = new(StringComparer.Ordinal);

    /// <summary>Retourcodes of the prestaties rejected as planned.</summary>
    public SortedDictionary<string, long> PlannedRejections { get; } = new(StringComparer.Ordinal);

    public List<string> Examples { get; } = [];

    public long Unexpected { get; private set; }

    public long Total => Messages.Values.Sum();

    public void Count(string code, string outcome)
    {
        var key = code + " " + outcome;
        Messages[key] = Messages.GetValueOrDefault(key) + 1;
    }

    /// <summary>A message the plan meant to be accepted that was not; kept as an example (no BSN in it).</summary>
    public void Surprise(string description)
    {
        Unexpected++;
        if (Examples.Count < ExamplesKept)
        {
            Examples.Add(description);
        }
    }

    public static void Add(SortedDictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("Messages (code outcome: count):");
        foreach (var (key, count) in Messages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key}: {count:N0}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"325s held for the back office: {AnswersHeld:N0}, released: {AnswersReleased:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Prestaties: {PrestatiesGranted:N0} granted, {PrestatiesRejectedAsPlanned:N0} rejected as planned ({Join(PlannedRejections)}), {PrestatiesPlannedButGranted:N0} meant to be rejected but granted, {UnexpectedRejections.Values.Sum():N0} rejected unexpectedly ({Join(UnexpectedRejections)})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Messages not answered as planned: {Unexpected:N0}");
        foreach (var example in Examples)
        {
            text.AppendLine("  " + example);
        }

        return text.ToString();
    }

    private static string Join(SortedDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} × {c.Value:N0}")));
}
