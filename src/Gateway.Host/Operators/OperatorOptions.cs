namespace Gateway.Host.Operators;

/// <summary>The operators who may use the operator API, each with a key and the gemeenten they may see.</summary>
public sealed class OperatorsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Operators";

    /// <summary>The operator accounts that may use the operator API.</summary>
    public List<OperatorOptions> Accounts { get; set; } = [];
}

/// <summary>One operator account.</summary>
public sealed class OperatorOptions
{
    /// <summary>The operator's name, as recorded with every action they take.</summary>
    public string Name { get; set; } = "";

    /// <summary>Sent in the <c>X-Api-Key</c> header.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Gemeentecodes whose messages this operator may see; <c>*</c> for all of the region.</summary>
    public List<string> Gemeenten { get; set; } = [];
}
