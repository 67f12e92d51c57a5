using Gateway.Routing.Store;
using Gateway.Storage.Protection;

namespace Gateway.Storage.Relational;

/// <summary>
/// What recording a unit's messages costs without the database, done before the unit waits for its turn (units take
/// turns on SQLite's one writer; this work runs on the callers' threads side by side): the keyed hashes of their dedup
/// keys, envelopes, BSNs and references, and their payloads and envelopes encrypted. Each encrypted payload or envelope is
/// taken at most once (a fresh nonce per row, as when encrypted in the turn).
/// </summary>
internal sealed class UnitAhead
{
    private readonly List<(ReadOnlyMemory<byte> Payload, byte[] Sealed)> _payloads = [];
    private readonly List<(EnvelopeReference Envelope, byte[]? Sealed)> _envelopes = [];

    private UnitAhead(int oldestLive) => OldestLive = oldestLive;

    /// <summary>The oldest keyed-hash generation the hashes were computed from; they hold while it is still the oldest live one.</summary>
    public int OldestLive { get; }

    /// <summary>The hashes of each value in every generation a row may still be in, oldest first.</summary>
    public Dictionary<(KeyedHashPurpose Purpose, string Value), IReadOnlyList<byte[]>> Hashes { get; } = [];

    public static UnitAhead Of(RelationalMessageStore store, IReadOnlyList<NewMessage> rows)
    {
        var ahead = new UnitAhead(store.KeyedHashes.OldestLive);
        foreach (var row in rows)
        {
            if (row.DedupKey is { } key)
            {
                ahead.Hash(store, KeyedHashColumns.DedupKey.Purpose, key.Value);
            }

            if (row.Envelope is { } envelope)
            {
                ahead.Hash(store, KeyedHashColumns.EnvelopeZender.Purpose, envelope.Zender);
                ahead.Hash(store, KeyedHashColumns.EnvelopeReferentienummer.Purpose, envelope.Referentienummer);
                ahead._envelopes.Add((envelope, SealedEnvelope.Seal(store.Protector, envelope.Zender, envelope.Referentienummer, envelope.CrossRefnummer)));
            }

            foreach (var bsn in row.Bsns)
            {
                ahead.Hash(store, KeyedHashPurpose.Bsn, bsn);
            }

            foreach (var reference in row.ChainReferences)
            {
                ahead.Hash(store, KeyedHashPurpose.Identifier, reference.Value);
            }

            if (!row.KeepOnlyPrefix)
            {
                ahead._payloads.Add((row.Payload, store.Protector.Protect(row.Payload.Span)));
            }
        }

        return ahead;
    }

    /// <summary>The payload encrypted ahead when it is these very bytes (the same memory), once; else null.</summary>
    public byte[]? TakePayload(ReadOnlyMemory<byte> payload)
    {
        var i = _payloads.FindIndex(p => p.Payload.Equals(payload));
        if (i < 0)
        {
            return null;
        }

        var sealedBytes = _payloads[i].Sealed;
        _payloads.RemoveAt(i);
        return sealedBytes;
    }

    /// <summary>The envelope sealed ahead when it is this envelope, once; else null.</summary>
    public byte[]? TakeEnvelope(EnvelopeReference envelope)
    {
        var i = _envelopes.FindIndex(e => e.Envelope == envelope);
        if (i < 0)
        {
            return null;
        }

        var sealedBytes = _envelopes[i].Sealed;
        _envelopes.RemoveAt(i);
        return sealedBytes;
    }

    private void Hash(RelationalMessageStore store, KeyedHashPurpose purpose, string value)
    {
        if (!Hashes.ContainsKey((purpose, value)))
        {
            Hashes.Add((purpose, value), store.Hasher.Candidates(purpose, value, OldestLive));
        }
    }
}
