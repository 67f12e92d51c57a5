namespace Gateway.Host.Operators;

/// <summary>The operators who may use the operator API, each with a key and the gemeenten they may see.</summary>
public sealed class OperatorsOptions
{
    public const string SectionName = "Gateway:Operators";

    public List<OperatorOptions> Accounts { get; set; } = [];
}

/// <summary>One operator account.</summary>
public sealed class OperatorOptions
{
    public string Name { get; set; } = "";

    /// <summary>Sent in the <c>X-Api-Key</c> header.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Gemeentecodes whose messages this operator may see; <c>*</c> for all of the region.</summary>
    public List<string> Gemeenten { get; set; } = [];
}
