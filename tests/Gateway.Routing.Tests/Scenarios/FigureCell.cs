namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// The dimensions a report row is found by, as the report writes them: domein ("iJw"/"iWmo"), the current gemeentecode,
/// the provider's AGB, productcategorie, productcode and funding variant. A null category, code or variant matches any
/// value (a 317's row, whose product the test does not pin down).
/// </summary>
internal sealed record FigureCell(string Domein, string Gemeente, string Aanbieder, string? Categorie, string? Code, string? Variant)
{
    /// <summary>The (key, value) pairs a row must hold; the null ones are left out.</summary>
    public IEnumerable<(string Key, object? Value)> Criteria()
    {
        yield return ("domein", Domein);
        yield return ("gemeente", Gemeente);
        yield return ("aanbieder", Aanbieder);
        if (Categorie is not null)
        {
            yield return ("productcategorie", Categorie);
        }

        if (Code is not null)
        {
            yield return ("productcode", Code);
        }

        if (Variant is not null)
        {
            yield return ("variant", Variant);
        }
    }
}
