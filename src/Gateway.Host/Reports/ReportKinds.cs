using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>The Dutch, lower-case names of the report kinds on the command line, in the API and in file names.</summary>
internal static class ReportKinds
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<FigureKind>().Select(Name)];

    public static string Name(FigureKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out FigureKind kind)
    {
        kind = default;
        foreach (var candidate in Enum.GetValues<FigureKind>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }
}
