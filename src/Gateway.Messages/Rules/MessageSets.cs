using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>Sets of messages that rules commonly apply to.</summary>
internal static class MessageSets
{
    public static readonly MessageCode[] HeenBerichten =
    [
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.VerzoekOmWijziging, MessageCode.Antwoord, MessageCode.Declaratie,
    ];

    public static readonly MessageCode[] All = Enum.GetValues<MessageCode>();

    public static MessageCode[] Of(params MessageCode[] codes) => codes;
}
