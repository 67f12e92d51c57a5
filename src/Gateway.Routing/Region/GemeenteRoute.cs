namespace Gateway.Routing.Region;

/// <summary>One gemeente of the region.</summary>
public sealed record GemeenteRoute
{
    /// <summary>The four-digit CBS gemeentecode, e.g. "0344".</summary>
    public string Code { get; init; } = "";

    /// <summary>The name, for operators ("Utrecht").</summary>
    public string Name { get; init; } = "";

    /// <summary>Its back office.</summary>
    public BackOfficeRoute BackOffice { get; init; } = new();
}
