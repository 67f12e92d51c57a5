namespace Gateway.Routing.Pipeline;

/// <summary>
/// Who sent an inbound envelope, as the Host resolved it from the envelope's zender (and client certificate), and the
/// parties it may act for: the AGB codes (8 digits) and gemeentecodes (4 digits) of the sender map. The pipeline's
/// CheckSender step refuses a payload whose sending party is outside these sets.
/// </summary>
/// <param name="Zender">The envelope's zender organisation the identity was resolved from.</param>
/// <param name="Agb">The AGB codes the identity may act for.</param>
/// <param name="Gemeentecodes">The gemeentecodes the identity may act for.</param>
public sealed record SenderScope(string Zender, IReadOnlySet<string> Agb, IReadOnlySet<string> Gemeentecodes)
{
    /// <summary>True when <paramref name="party"/> (an AGB code or a gemeentecode) is one this identity may act for.</summary>
    public bool MayActFor(string party) => party.Length == 4 ? Gemeentecodes.Contains(party) : Agb.Contains(party);
}
