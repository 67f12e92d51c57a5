namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// The omschrijving of a StUF Fo01/Fo03 as the hub takes it (at most <see cref="MaxLength"/> characters): whole when it
/// fits, else cut after the last whole sentence that fits, or else after the last whole word, with an ellipsis to show
/// text was left out. The full text stays in the message's events; only what goes over the wire is shortened.
/// </summary>
public static class StufOmschrijving
{
    /// <summary>The most characters the hub takes in an omschrijving (StUF: max 200).</summary>
    public const int MaxLength = 200;

    private const string Ellipsis = "…";

    /// <summary>
    /// The text within the limit: whole sentences when the sentences that fit keep at least half of it, whole words
    /// otherwise; a single word longer than the limit is cut inside it.
    /// </summary>
    public static string Shorten(string omschrijving)
    {
        ArgumentNullException.ThrowIfNull(omschrijving);
        if (omschrijving.Length <= MaxLength)
        {
            return omschrijving;
        }

        // Room for " …" after a sentence, "…" after a word.
        var sentenceEnd = LastSentenceEnd(omschrijving, MaxLength - Ellipsis.Length - 1);
        if (sentenceEnd >= MaxLength / 2)
        {
            return omschrijving[..sentenceEnd] + " " + Ellipsis;
        }

        var room = MaxLength - Ellipsis.Length;
        var cut = omschrijving.LastIndexOf(' ', room);
        var kept = (cut > 0 ? omschrijving[..cut] : omschrijving[..room]).TrimEnd(' ', ',', ';', ':', '.', '(', '-');
        return kept + Ellipsis;
    }

    /// <summary>The length of the longest prefix of at most <paramref name="limit"/> characters that ends a sentence (". ", "! ", "? "); 0 when none.</summary>
    private static int LastSentenceEnd(string text, int limit)
    {
        for (var i = Math.Min(limit, text.Length - 1) - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !char.IsWhiteSpace(text[i - 1]))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
