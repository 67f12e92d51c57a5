namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>One ggk0210 message as carried in a SOAP body: a Di01/Du01 envelope, an Fo01, a Bv03 or an Fo03.</summary>
public abstract record GgkMessage(GgkStuurgegevens Stuurgegevens)
{
    /// <summary>The berichtcode of the stuurgegevens.</summary>
    public GgkBerichtcode Berichtcode => Stuurgegevens.Berichtcode;

    /// <summary>The referentienummer of the stuurgegevens.</summary>
    public string Referentienummer => Stuurgegevens.Referentienummer;

    /// <summary>Stuurgegevens for a reply to <paramref name="received"/>: zender and ontvanger swapped, crossRefnummer set.</summary>
    protected static GgkStuurgegevens ReplyTo(GgkMessage received, GgkBerichtcode berichtcode, GgkParty zender, DateTimeOffset now) =>
        new(berichtcode, zender, received.Stuurgegevens.Zender, GgkReferentienummer.New(), GgkTijdstip.FromInstant(now), received.Referentienummer);
}
