namespace Gateway.Routing.Store;

/// <summary>Where a delivery goes: "hub", or "backoffice:&lt;gemeentecode&gt;".</summary>
public readonly record struct DeliveryDestination
{
    private const string BackOfficePrefix = "backoffice:";

    private DeliveryDestination(string value) => Value = value;

    /// <summary>The stored text form.</summary>
    public string Value { get; }

    /// <summary>The GGk hub.</summary>
    public static DeliveryDestination Hub { get; } = new("hub");

    /// <summary>True for the hub.</summary>
    public bool IsHub => Value == "hub";

    /// <summary>The gemeentecode of a back-office destination, or null for the hub.</summary>
    public string? Gemeentecode => Value is not null && Value.StartsWith(BackOfficePrefix, StringComparison.Ordinal) ? Value[BackOfficePrefix.Length..] : null;

    /// <summary>The back office of one gemeentecode.</summary>
    public static DeliveryDestination BackOffice(string gemeentecode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gemeentecode);
        return new(BackOfficePrefix + gemeentecode);
    }

    /// <summary>Parses the stored text form.</summary>
    public static DeliveryDestination Parse(string value) =>
        value == "hub" ? Hub
        : value.StartsWith(BackOfficePrefix, StringComparison.Ordinal) && value.Length > BackOfficePrefix.Length ? new(value)
        : throw new FormatException($"'{value}' is not a destination (expected 'hub' or 'backoffice:<gemeentecode>').");

    /// <inheritdoc />
    public override string ToString() => Value;
}
