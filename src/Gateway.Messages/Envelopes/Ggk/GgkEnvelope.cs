using System.Runtime.InteropServices;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// A Di01 (heen) or Du01 (retour) envelope around one iJw/iWmo document; <see cref="Payload"/> holds the
/// exact bytes of the document (the decoded xmlBestand).
/// </summary>
public sealed record GgkEnvelope(GgkStuurgegevens Stuurgegevens, GgkParameters Parameters, ReadOnlyMemory<byte> Payload)
    : GgkMessage(Stuurgegevens)
{
    /// <summary>The functie of the stuurgegevens (e.g. JW301); always present on a read or built envelope.</summary>
    public string Functie => Stuurgegevens.Functie ?? throw new InvalidOperationException("The envelope has no functie.");

    /// <summary>
    /// The payload as an array: the reader's own exact-size array without a copy (a 25 MB envelope is not copied again),
    /// otherwise a copy. The caller must not change it.
    /// </summary>
    public byte[] PayloadArray() =>
        MemoryMarshal.TryGetArray(Payload, out var whole) && whole.Array is { } array && whole.Offset == 0 && whole.Count == array.Length
            ? array
            : Payload.ToArray();

    /// <summary>
    /// Wraps a payload: Di01 for a heen-bericht, Du01 (with <paramref name="crossRefnummer"/>) for a retour or 325.
    /// The ontvanger applicatie is the hub's (GGk).
    /// </summary>
    public static GgkEnvelope Create(
        Standard standard,
        MessageCode code,
        ReadOnlyMemory<byte> payload,
        GgkParty zender,
        string ontvangerOrganisatie,
        DateTimeOffset now,
        string? crossRefnummer = null,
        GgkParameters? parameters = null,
        string? referentienummer = null)
    {
        var berichtcode = GgkFunctie.EnvelopeFor(code);
        if (berichtcode == GgkBerichtcode.Du01 && crossRefnummer is null)
        {
            throw new ArgumentException($"A {GgkFunctie.For(standard, code)} travels in a Du01 and needs the crossRefnummer of the Di01 it answers.", nameof(crossRefnummer));
        }

        var stuurgegevens = new GgkStuurgegevens(
            berichtcode,
            zender,
            new GgkParty(ontvangerOrganisatie, GgkNames.HubApplicatie),
            referentienummer ?? GgkReferentienummer.New(),
            GgkTijdstip.FromInstant(now),
            crossRefnummer,
            GgkFunctie.For(standard, code));
        return new GgkEnvelope(stuurgegevens, parameters ?? new GgkParameters(), payload);
    }
}
