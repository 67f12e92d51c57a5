using System.Security.Cryptography;
using System.Text;

namespace Gateway.Routing.Store;

/// <summary>
/// What dead letters have in common to be one failure group: the cause (the dead-letter reason with its numbers blanked,
/// so "HTTP 503 after 12 attempts" and "… 9 attempts" are one cause; a hub refusal's reason names its Fo01 code), the
/// destination, the error class (<see cref="DeliveryFailureKind"/>) and the release. Every store groups with <see cref="Of"/>.
/// </summary>
public sealed record FailureGroupKey(string Cause, string Destination, string ErrorClass, string Release)
{
    private const int CauseLength = 160;

    /// <summary>A short stable id for URLs and JSON (hex of a SHA-256 over the parts).</summary>
    public string Id => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', Cause, Destination, ErrorClass, Release))))[..16];

    /// <summary>The group of one dead-lettered delivery.</summary>
    public static FailureGroupKey Of(DeliveryDestination destination, DeliveryFailureKind? kind, string? release, string? reason) =>
        new(Blank(reason), destination.Value, kind?.ToString() ?? "Unknown", release ?? "-");

    private static string Blank(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "-";
        }

        var text = new StringBuilder(Math.Min(reason.Length, CauseLength));
        foreach (var c in reason.AsSpan(0, Math.Min(reason.Length, CauseLength)))
        {
            if (!char.IsAsciiDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length == 0 || text[^1] != '#')
            {
                text.Append('#');
            }
        }

        return text.ToString().Trim();
    }
}
