namespace Gateway.Host.Operators;

/// <summary>The operators who may use the operator API, each with a key and the gemeenten they may see.</summary>
public sealed class OperatorsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Operators";

    /// <summary>The operator accounts that may use the operator API.</summary>
    public List<OperatorOptions> Accounts { get; set; } = [];
}
