using System.Globalization;

namespace Gateway.Routing.Store;

/// <summary>Where the next page starts: the id of the last row of the page before. Its text form is opaque to callers.</summary>
public readonly record struct PageCursor(long AfterId)
{
    /// <summary>The text form for URLs and JSON.</summary>
    public override string ToString() => AfterId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the text form; false when it is not one.</summary>
    public static bool TryParse(string? text, out PageCursor cursor)
    {
        cursor = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return false;
        }

        cursor = new PageCursor(id);
        return true;
    }
}
