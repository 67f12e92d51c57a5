using System.Globalization;

namespace Gateway.Messages.Schemas;

/// <summary>An XSD version "n.n.n" as found in the appinfo and in a header's XsdVersie.</summary>
public readonly record struct XsdVersion(int Major, int Minor, int Patch) : IComparable<XsdVersion>
{
    /// <summary>Parses "n.n.n" (three non-negative integers); anything else fails.</summary>
    public static bool TryParse(string? text, out XsdVersion version)
    {
        version = default;
        var parts = text?.Trim().Split('.');
        if (parts is not { Length: 3 })
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new XsdVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(XsdVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0)
        {
            c = Minor.CompareTo(other.Minor);
        }

        return c != 0 ? c : Patch.CompareTo(other.Patch);
    }

    /// <summary>True when <paramref name="left"/> is the older version.</summary>
    public static bool operator <(XsdVersion left, XsdVersion right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is the newer version.</summary>
    public static bool operator >(XsdVersion left, XsdVersion right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(XsdVersion left, XsdVersion right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(XsdVersion left, XsdVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
