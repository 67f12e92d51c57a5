namespace Gateway.Routing.Contracts.Rules;

/// <summary>One class of a message that names a product, with the day its contract and code list are judged on.</summary>
/// <param name="Path">The class path.</param>
/// <param name="Categorie">ProductCategorie.</param>
/// <param name="Code">ProductCode; null for an aspecifiek line.</param>
/// <param name="Day">Ingangsdatum / Begindatum / ProductPeriode begin: the day the product applies from.</param>
internal sealed record ProductLine(string Path, string Categorie, string? Code, DateOnly Day);
