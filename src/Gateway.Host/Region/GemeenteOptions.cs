namespace Gateway.Host.Region;

/// <summary>One gemeente of the region and its back office.</summary>
public sealed class GemeenteOptions
{
    /// <summary>The four-digit CBS gemeentecode.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public BackOfficeOptions BackOffice { get; set; } = new();
}
