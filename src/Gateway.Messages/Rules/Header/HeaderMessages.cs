using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Header;

/// <summary>The messages whose header the standard's rule table constrains (the heen-berichten and the 325).</summary>
internal static class HeaderMessages
{
    public static readonly MessageCode[] WithOwnHeader = [.. MessageSets.HeenBerichten, MessageCode.DeclaratieAntwoord];
}
