namespace Gateway.Messages.Standards;

/// <summary>Short names of a standard as they appear in namespaces, folders and JSON.</summary>
public static class StandardNames
{
    /// <summary>"ijw" or "iwmo": the namespace segment, the schema folder and the JSON value.</summary>
    public static string Key(this Standard standard) => standard switch
    {
        Standard.Ijw => "ijw",
        Standard.Iwmo => "iwmo",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "unknown standard"),
    };

    /// <summary>"jw" or "wmo": the prefix of message names (JW301, WMO301).</summary>
    public static string MessagePrefix(this Standard standard) => standard switch
    {
        Standard.Ijw => "jw",
        Standard.Iwmo => "wmo",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "unknown standard"),
    };

    /// <summary>Parses "ijw"/"iwmo" (any case).</summary>
    public static bool TryParse(string? text, out Standard standard)
    {
        switch (text?.ToLowerInvariant())
        {
            case "ijw": standard = Standard.Ijw; return true;
            case "iwmo": standard = Standard.Iwmo; return true;
            default: standard = default; return false;
        }
    }
}
