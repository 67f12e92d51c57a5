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
}
