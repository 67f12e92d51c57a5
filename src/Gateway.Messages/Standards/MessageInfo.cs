namespace Gateway.Messages.Standards;

/// <summary>Facts of one message of release 3.2 that do not depend on the schema pack.</summary>
public sealed record MessageInfo(
    MessageCode Code,
    string Name,
    Party Sender,
    MessageCode? AnswerCode,
    MessageCode? AnswersCode,
    string IjwBerichtCode,
    string IwmoBerichtCode)
{
    /// <summary>The number as text, e.g. "301".</summary>
    public string Number => ((int)Code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for the copy-header retours 302/306/308/316/318/320 (not the 325).</summary>
    public bool IsRetour => AnswersCode is not null && Code != MessageCode.DeclaratieAntwoord;

    /// <summary>The BerichtCode (Vektis COD002) of this message in the given standard.</summary>
    public string BerichtCode(Standard standard) => standard == Standard.Ijw ? IjwBerichtCode : IwmoBerichtCode;

    /// <summary>The message name with the standard's prefix, e.g. "JW301" or "WMO325".</summary>
    public string QualifiedName(Standard standard) => standard.MessagePrefix().ToUpperInvariant() + Number;
}
