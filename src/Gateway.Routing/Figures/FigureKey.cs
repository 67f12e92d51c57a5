using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Figures;

/// <summary>
/// The dimensions of one cell: domain, current gemeentecode, provider, product, funding variant and month, in the order
/// the reports show and sort them.
/// </summary>
internal readonly record struct FigureKey(Standard Standard, string Gemeente, string Aanbieder, string? Categorie, string? Code, string Variant, Maand Maand)
    : IComparable<FigureKey>
{
    /// <summary>The variant of a cell without a contract.</summary>
    public const string Onbekend = "onbekend";

    /// <summary>"iJw" or "iWmo".</summary>
    public string Domein => Standard == Standard.Ijw ? "iJw" : "iWmo";

    /// <summary>The contract's variant in lower case, or <see cref="Onbekend"/>.</summary>
    public static string VariantOf(Contract? contract) => contract is null ? Onbekend : VariantOf(contract.Variant);

    /// <summary>The variant's name in lower case, as contracts.json writes it.</summary>
    public static string VariantOf(FundingVariant variant) => variant.ToString().ToLowerInvariant();

    /// <summary>The dimension values followed by the kind's own values.</summary>
    public object?[] Row(params object?[] values) => [Domein, Gemeente, Aanbieder, Categorie, Code, Variant, Maand, .. values];

    /// <inheritdoc />
    public int CompareTo(FigureKey other)
    {
        var order = string.CompareOrdinal(Domein, other.Domein);
        order = order != 0 ? order : string.CompareOrdinal(Gemeente, other.Gemeente);
        order = order != 0 ? order : string.CompareOrdinal(Aanbieder, other.Aanbieder);
        order = order != 0 ? order : string.CompareOrdinal(Categorie, other.Categorie);
        order = order != 0 ? order : string.CompareOrdinal(Code, other.Code);
        order = order != 0 ? order : string.CompareOrdinal(Variant, other.Variant);
        return order != 0 ? order : Maand.CompareTo(other.Maand);
    }
}
