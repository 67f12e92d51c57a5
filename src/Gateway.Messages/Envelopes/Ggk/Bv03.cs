namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The Bv03 acknowledgement: receipt confirmed, crossRefnummer = the acknowledged referentienummer.</summary>
public sealed record Bv03(GgkStuurgegevens Stuurgegevens) : GgkMessage(Stuurgegevens)
{
    /// <summary>The acknowledgement of <paramref name="received"/>, sent by <paramref name="zender"/>.</summary>
    public static Bv03 Acknowledge(GgkMessage received, GgkParty zender, DateTimeOffset now) =>
        new(ReplyTo(received, GgkBerichtcode.Bv03, zender, now));
}
