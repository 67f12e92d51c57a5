namespace Gateway.Host.Region;

/// <summary>One gemeente of the region and its back office.</summary>
public sealed class GemeenteOptions
{
    /// <summary>The four-digit CBS gemeentecode.</summary>
    public string Code { get; set; } = "";

    /// <summary>The gemeente's name, shown beside its code.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where its back office receives and sends.</summary>
    public BackOfficeOptions BackOffice { get; set; } = new();
}
