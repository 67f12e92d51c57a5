using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger;

/// <summary>The parties a ledger fact belongs to: the domain (iJw/iWmo), the gemeente and the provider (AGB).</summary>
public sealed record LedgerParties(Standard Standard, string Gemeentecode, string Aanbieder)
{
    /// <summary>The parties of a message, whichever side sent it.</summary>
    public static LedgerParties Of(Bericht bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        return new(bericht.Standard, MessageFacts.GemeentecodeOf(bericht), MessageFacts.ProviderOf(bericht));
    }

    /// <summary>
    /// True when <paramref name="other"/> is the same domain and provider and the same gemeente as the merger map has it
    /// today: a 319 or 301 from the successor answers a 315 the provider sent to the ceased code.
    /// </summary>
    public bool SameAs(LedgerParties other, IGemeenteMergers mergers)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(mergers);
        return Standard == other.Standard
            && Aanbieder == other.Aanbieder
            && (Gemeentecode == other.Gemeentecode || mergers.JoinedCodes(Gemeentecode).Contains(other.Gemeentecode, StringComparer.Ordinal));
    }
}
