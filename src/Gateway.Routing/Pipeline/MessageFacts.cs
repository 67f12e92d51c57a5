using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>What the store needs to know about a message, read from its header and classes.</summary>
internal static class MessageFacts
{
    public static MessageKind KindOf(MessageCode? code) => code switch
    {
        null => MessageKind.Heen,
        MessageCode.DeclaratieAntwoord => MessageKind.DeclaratieAntwoord,
        { } c when MessageCatalog.Get(c).IsRetour => MessageKind.Retour,
        _ => MessageKind.Heen,
    };

    /// <summary>
    /// (standard, code, sender, identification). For a retour the sender is the party that sent the retour (the
    /// header's Ontvanger, since the header is copied) and the identification its IdentificatieRetour: keyed on the
    /// copied Afzender, two providers answering one gemeente with the same IdentificatieRetour would collide.
    /// </summary>
    public static DedupKey DedupKeyOf(Bericht bericht) => bericht.Header switch
    {
        RetourHeader h => new DedupKey(bericht.Standard, bericht.Code, h.Ontvanger, h.IdentificatieRetour),
        var h => new DedupKey(bericht.Standard, bericht.Code, h.Afzender, h.BerichtIdentificatie.Identificatie),
    };

    /// <summary>The message's own identification: the IdentificatieRetour of a retour, else the BerichtIdentificatie.</summary>
    public static string IdentificatieOf(Bericht bericht) =>
        bericht.Header is RetourHeader h ? h.IdentificatieRetour : bericht.Header.BerichtIdentificatie.Identificatie;

    /// <summary>The gemeente party of the message (four digits), whichever side it is on.</summary>
    public static string GemeentecodeOf(Bericht bericht) =>
        bericht.Header.Afzender.Length == 4 ? bericht.Header.Afzender : bericht.Header.Ontvanger;

    /// <summary>The provider party of the message (the AGB code), whichever side it is on.</summary>
    public static string ProviderOf(Bericht bericht) =>
        bericht.Header.Afzender.Length == 4 ? bericht.Header.Ontvanger : bericht.Header.Afzender;

    /// <summary>The BSNs the message carries, for the store's keyed hashes only.</summary>
    public static IReadOnlyCollection<string> BsnsOf(Bericht bericht) =>
        ClassPaths.Of(bericht)
            .Select(c => RecordProperty.Value(c.Record, "Bsn") as string)
            .Where(b => !string.IsNullOrEmpty(b))
            .Select(b => b!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>A new message row for a checked message.</summary>
    public static NewMessage ToNewMessage(Bericht bericht, byte[] payload, MessageDirection direction, MessageState state, string eventType) => new()
    {
        Direction = direction,
        Kind = KindOf(bericht.Code),
        State = state,
        Payload = payload,
        Standard = bericht.Standard,
        Code = bericht.Code,
        Release = bericht.Release,
        Afzender = bericht.Header.Afzender,
        Ontvanger = bericht.Header.Ontvanger,
        Identificatie = IdentificatieOf(bericht),
        DedupKey = DedupKeyOf(bericht),
        Gemeentecode = GemeentecodeOf(bericht),
        Bsns = BsnsOf(bericht),
        ChainReferences = ChainReference.Of(bericht),
        EventType = eventType,
    };
}
