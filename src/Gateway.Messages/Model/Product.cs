namespace Gateway.Messages.Model;

/// <summary>CDT_Product: product category and optional product code.</summary>
public sealed record Product(string Categorie, string? Code = null);
