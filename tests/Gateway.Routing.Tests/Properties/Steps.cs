using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Properties;

/// <summary>Domain, gemeente and provider of one message of a generated sequence.</summary>
internal sealed record Parties(Standard Standard, string Gemeente, string Aanbieder)
{
    public override string ToString() => $"{(Standard == Standard.Ijw ? "iJw" : "iWmo")} {Gemeente}/{Aanbieder}";
}

/// <summary>
/// One message of a generated sequence, in plain data the reference model reads and <see cref="StepMessages"/> turns
/// into a schema-valid message. Clients are numbered (0, 1) so a failure report never shows a BSN.
/// </summary>
internal abstract record Step(Parties Parties, int Client)
{
    /// <summary>A one-line description for failure reports.</summary>
    public abstract string Summary { get; }

    internal static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open";
}

/// <summary>An outbound 301 from the gemeente's back office.</summary>
internal sealed record ToewijzingStep(Parties Parties, int Client, IReadOnlyList<ToewijzingLine> Lines) : Step(Parties, Client)
{
    public override string Summary => $"301 {Parties} client {Client}: " + string.Join("; ", Lines.Select(l => l.Summary));
}

/// <summary>One ToegewezenProduct (a version of a toewijzing).</summary>
internal sealed record ToewijzingLine(long Nummer, Product? Product, TimeOnly Tijd, DateOnly Ingang, DateOnly? Einde, string? Reden, Omvang? Omvang, long? Budget)
{
    /// <summary>The Toewijzingsdatum of every version the generator writes; versions differ by Toewijzingstijd.</summary>
    public static readonly DateOnly Datum = new(2025, 12, 1);

    public string Summary =>
        $"#{Nummer} {Product?.Categorie}/{Product?.Code} {Date(Ingang)}..{Date(Einde)} t{Tijd:HH\\:mm}"
        + (Reden is null ? string.Empty : " reden " + Reden)
        + (Omvang is { } o ? $" {o.Volume}×{o.Eenheid}/f{o.Frequentie}" : string.Empty)
        + (Budget is { } b ? " budget " + b : string.Empty);

    private static string Date(DateOnly? date) => Step.Date(date);
}

/// <summary>An inbound 305.</summary>
internal sealed record StartStep(Parties Parties, int Client, IReadOnlyList<StartLine> Lines) : Step(Parties, Client)
{
    public override string Summary => $"305 {Parties} client {Client}: " + string.Join("; ", Lines.Select(l => $"#{l.Nummer} begin {Date(l.Begin)} status {l.Status}"));
}

/// <summary>One StartProduct.</summary>
internal sealed record StartLine(long? Nummer, Product? Product, DateOnly ToewijzingIngang, DateOnly Begin, string Status);

/// <summary>An inbound 307.</summary>
internal sealed record StopStep(Parties Parties, int Client, IReadOnlyList<StopLine> Lines) : Step(Parties, Client)
{
    public override string Summary => $"307 {Parties} client {Client}: " + string.Join("; ", Lines.Select(l => $"#{l.Nummer} begin {Date(l.Begin)} reden {l.Reden} einde {Date(l.Einde)} status {l.Status}"));
}

/// <summary>One StopProduct.</summary>
internal sealed record StopLine(long? Nummer, Product? Product, DateOnly ToewijzingIngang, DateOnly Begin, string Reden, DateOnly Einde, string Status);

/// <summary>An inbound 323 over one DeclaratiePeriode (a calendar month).</summary>
internal sealed record DeclaratieStep(Parties Parties, string Nummer, DateOnly Maand, IReadOnlyList<PrestatieLine> Prestaties) : Step(Parties, -1)
{
    public override string Summary => $"323 {Parties} {Nummer} periode {Maand:yyyy-MM}: " + string.Join("; ", Prestaties.Select(p => p.Summary));
}

/// <summary>One Prestatie of client <paramref name="Client"/>; <paramref name="Bedrag"/> is always debit- or credit-positive.</summary>
internal sealed record PrestatieLine(
    int Client,
    string Referentie,
    string? Vorig,
    bool Credit,
    long Toewijzing,
    Product Product,
    DateOnly Begin,
    DateOnly Einde,
    long Volume,
    string Eenheid,
    long? Tarief,
    long Bedrag)
{
    public string Summary =>
        $"c{Client} {Referentie}{(Vorig is null ? string.Empty : "<-" + Vorig)} {(Credit ? "C" : "D")} #{Toewijzing} "
        + $"{Begin:yyyy-MM-dd}..{Einde:yyyy-MM-dd} {Volume}×{Eenheid} = {Bedrag}";
}
