using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public sealed class StufOmschrijvingTests
{
    [Fact]
    public void Shorten_WithinTheLimit_Whole()
    {
        var text = "Het bericht past niet bij het XSD. Herstel het.";

        Assert.Same(text, StufOmschrijving.Shorten(text));
    }

    [Fact]
    public void Shorten_SentencesPastTheLimit_KeepsTheWholeSentencesThatFitWithAnEllipsis()
    {
        var first = "Regel TR301: de ToewijzingNummer 12 bestaat niet voor deze client bij deze aanbieder en gemeente, stuur een 315 of vraag de gemeente om een 301.";
        var text = first + " Daarna volgt nog een tweede zin die de omschrijving ruim over de grens van tweehonderd tekens brengt.";

        var shortened = StufOmschrijving.Shorten(text);

        Assert.Equal(first + " …", shortened);
        Assert.True(shortened.Length <= StufOmschrijving.MaxLength, $"{shortened.Length} characters");
    }

    [Fact]
    public void Shorten_FirstSentenceTooShortToKeepAlone_CutAtAWordWithAnEllipsis()
    {
        var text = "Fout. " + string.Join(' ', Enumerable.Repeat("Kolom", 50));

        var shortened = StufOmschrijving.Shorten(text);

        Assert.True(shortened.Length <= StufOmschrijving.MaxLength, $"{shortened.Length} characters");
        Assert.EndsWith("Kolom…", shortened, StringComparison.Ordinal);
        Assert.StartsWith(shortened[..^1] + " ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_OneWordLongerThanTheLimit_CutInsideItWithAnEllipsis()
    {
        var shortened = StufOmschrijving.Shorten(new string('x', 300));

        Assert.Equal(StufOmschrijving.MaxLength, shortened.Length);
        Assert.EndsWith("x…", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void Fo03_LongOmschrijving_WrittenShortenedToWholeSentences()
    {
        var first = "The envelope's stuurgegevens name a zender that the sender map does not list, so the gateway cannot tell who sent it or whether it may.";
        var text = first + " Ask the operator to add the zender to Gateway:Trust:Senders, then send the message again with a new referentienummer.";
        var us = new GgkParty("GEMEENTE", "Gateway");
        var fo03 = Fo03.Unreadable(us, us, "StUF001", text, new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));

        var written = System.Text.Encoding.UTF8.GetString(GgkSoap.ToBytes(fo03));

        Assert.Contains(">" + first + " …<", written, StringComparison.Ordinal);
    }
}
