namespace Gateway.Host.Operators;

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
