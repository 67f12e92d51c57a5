using System.Security.Cryptography;
using System.Text;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Storage.Tests.Support;

/// <summary>Throwaway test data.</summary>
internal static class Some
{
    /// <summary>A BSN that passes the 11-proef and appears nowhere else: if it shows up in a file, something leaked.</summary>
    public const string CanaryBsn = "999990019";

    /// <summary>A text that only ever appears inside a payload.</summary>
    public const string PayloadMarker = "PLAINTEXT-PAYLOAD-MARKER-7f3a";

    private static int _counter;

    public static string Identificatie() => "T" + Interlocked.Increment(ref _counter).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static StorageOptions Options(string databasePath) => new()
    {
        DatabasePath = databasePath,
        EncryptionKey = Key(),
        BsnHashKey = Key(),
    };

    public static StorageOptions PostgresOptions(string connectionString) => new()
    {
        Provider = StorageOptions.PostgresProvider,
        ConnectionString = connectionString,
        EncryptionKey = Key(),
        BsnHashKey = Key(),
    };

    public static byte[] Payload(string identificatie, string bsn = CanaryBsn) =>
        Encoding.UTF8.GetBytes($"<Bericht><Identificatie>{identificatie}</Identificatie><Bsn>{bsn}</Bsn><Note>{PayloadMarker}</Note></Bericht>");

    /// <summary>An inbound 301-like heen-bericht with its dedup key and envelope.</summary>
    public static NewMessage Heen(string? identificatie = null, string afzender = "0363", MessageCode code = MessageCode.Toewijzing, string? bsn = CanaryBsn, string? chainKey = null)
    {
        identificatie ??= Identificatie();
        return new NewMessage
        {
            Direction = MessageDirection.Inbound,
            Kind = MessageKind.Heen,
            State = MessageState.Received,
            Payload = Payload(identificatie, bsn ?? "000000000"),
            Standard = Standard.Ijw,
            Code = code,
            Release = "3.2",
            Afzender = afzender,
            Ontvanger = "12345678",
            Identificatie = identificatie,
            DedupKey = new DedupKey(Standard.Ijw, code, afzender, identificatie),
            Envelope = new EnvelopeReference("GGK", Guid.NewGuid().ToString()),
            Gemeentecode = afzender,
            Bsns = bsn is null ? [] : [bsn],
            ChainKeys = chainKey is null ? [] : [chainKey],
        };
    }

    /// <summary>The retour answering <paramref name="heen"/>, correlated to it.</summary>
    public static NewMessage RetourTo(long heenId, NewMessage heen, params string[] retourCodes)
    {
        var identificatie = Identificatie();
        var info = MessageCatalog.Get(heen.Code!.Value);
        return new NewMessage
        {
            Direction = MessageDirection.Outbound,
            Kind = MessageKind.Retour,
            State = MessageState.Queued,
            Payload = Payload(identificatie),
            Standard = heen.Standard,
            Code = info.AnswerCode,
            Release = "3.2",
            Afzender = heen.Ontvanger,
            Ontvanger = heen.Afzender,
            Identificatie = identificatie,
            DedupKey = new DedupKey(heen.Standard!.Value, info.AnswerCode!.Value, heen.Ontvanger!, identificatie),
            CorrelatesTo = heenId,
            Gemeentecode = heen.Gemeentecode,
            Bsns = heen.Bsns,
            RetourCodes = retourCodes,
            EventType = MessageEventTypes.AnswerQueued,
        };
    }
}
