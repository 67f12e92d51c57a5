using System.Globalization;
using Gateway.Messages.Model;

namespace Gateway.Routing.Store;

/// <summary>
/// A number that ties messages of one toewijzing's life together. The store keeps only its keyed hash (it may be free
/// text a provider wrote), never the plain value.
/// </summary>
public sealed record ChainReference(ChainKind Kind, string Value)
{
    private static readonly (string Property, ChainKind Kind)[] Fields =
        [("ToewijzingNummer", ChainKind.Toewijzing), ("ReferentieAanbieder", ChainKind.Referentie), ("DeclaratieNummer", ChainKind.Declaratie)];

    /// <summary>The stored name of <see cref="Kind"/>.</summary>
    public string KindName => KindText(Kind);

    /// <summary>The stored name of a kind.</summary>
    public static string KindText(ChainKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Every chain reference a message carries, in any of its classes, each once.</summary>
    public static IReadOnlyCollection<ChainReference> Of(Bericht bericht) =>
        ClassPaths.Of(bericht)
            .SelectMany(c => Fields.Select(f => (f.Kind, Value: ValueOf(c.Record, f.Property))))
            .Where(r => !string.IsNullOrWhiteSpace(r.Value))
            .Select(r => new ChainReference(r.Kind, r.Value!.Trim()))
            .Distinct()
            .ToArray();

    private static string? ValueOf(object record, string property) =>
        RecordProperty.Value(record, property) switch
        {
            string text => text,
            long number => number.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
}
