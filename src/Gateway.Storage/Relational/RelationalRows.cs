using System.Globalization;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;
using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>Column lists, row mapping and command building shared by the store and its transactions.</summary>
internal static class RelationalRows
{
    public const string MessageColumns =
        "m.id, m.direction, m.kind, m.state, m.standard, m.code, m.release, m.afzender, m.ontvanger, m.identificatie, " +
        "m.dedup_key_shown, m.env_zender_shown, m.env_referentienummer_shown, m.env_crossrefnummer, m.correlates_to, m.gemeentecode, " +
        "m.retour_codes, m.payload IS NOT NULL, m.created_at, m.updated_at, m.env_key_id, m.env_sealed, m.content_hash, m.payload_size, m.payload_trimmed";

    public const string DeliveryColumns =
        "d.id, d.message_id, d.destination, d.state, d.attempts, d.next_attempt_at, d.lease_owner, d.lease_until, " +
        "d.last_error, d.last_failure_kind, d.created_at, d.horizon_started_at, d.finished_at";

    public const string EventColumns = "e.id, e.message_id, e.at, e.type, e.detail, e.actor";

    public static long ToMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        StatementCount.Sent(connection, sql);
        var command = Sqlite.PreparedCommands.Rent(connection, transaction, sql) ?? connection.CreateCommand();
        command.Transaction = transaction;
        if (command.CommandText != sql)
        {
            command.CommandText = sql;
        }

        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(map(reader));
        }

        return list;
    }

    /// <summary>One message row of <see cref="MessageColumns"/>; the exact envelope is unsealed with <paramref name="protector"/>.</summary>
    public static StoredMessage ReadMessage(DbDataReader r, PayloadProtector protector) => new()
    {
        Id = r.GetInt64(0),
        Direction = Enum.Parse<MessageDirection>(r.GetString(1)),
        Kind = Enum.Parse<MessageKind>(r.GetString(2)),
        State = Enum.Parse<MessageState>(r.GetString(3)),
        Standard = r.IsDBNull(4) ? null : ParseStandard(r.GetString(4)),
        Code = r.IsDBNull(5) ? null : (MessageCode)r.GetInt32(5),
        Release = NullableString(r, 6),
        Afzender = NullableString(r, 7),
        Ontvanger = NullableString(r, 8),
        Identificatie = NullableString(r, 9),
        DedupKey = NullableString(r, 10),
        Envelope = SealedEnvelope.Open(protector, NullableString(r, 20), r.IsDBNull(21) ? null : (byte[])r.GetValue(21)),
        ShownEnvelope = r.IsDBNull(11) || r.IsDBNull(12) ? null : new EnvelopeReference(r.GetString(11), r.GetString(12), NullableString(r, 13)),
        CorrelatesTo = r.IsDBNull(14) ? null : r.GetInt64(14),
        Gemeentecode = NullableString(r, 15),
        RetourCodes = SplitCodes(r.GetString(16)),
        HasPayload = r.GetBoolean(17),
        CreatedAt = FromMs(r.GetInt64(18)),
        UpdatedAt = FromMs(r.GetInt64(19)),
        ContentHash = NullableString(r, 22),
        PayloadSize = r.IsDBNull(23) ? null : r.GetInt64(23),
        PayloadTrimmed = r.GetBoolean(24),
    };

    public static Delivery ReadDelivery(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        MessageId = r.GetInt64(1),
        Destination = DeliveryDestination.Parse(r.GetString(2)),
        State = Enum.Parse<DeliveryState>(r.GetString(3)),
        Attempts = r.GetInt32(4),
        NextAttemptAt = FromMs(r.GetInt64(5)),
        LeaseOwner = NullableString(r, 6),
        LeaseUntil = r.IsDBNull(7) ? null : FromMs(r.GetInt64(7)),
        LastError = NullableString(r, 8),
        LastFailureKind = r.IsDBNull(9) ? null : Enum.Parse<DeliveryFailureKind>(r.GetString(9)),
        CreatedAt = FromMs(r.GetInt64(10)),
        HorizonStartedAt = FromMs(r.GetInt64(11)),
        FinishedAt = r.IsDBNull(12) ? null : FromMs(r.GetInt64(12)),
    };

    public static MessageEvent ReadEvent(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), FromMs(r.GetInt64(2)), r.GetString(3), NullableString(r, 4), NullableString(r, 5));

    public static DeliveryAttempt ReadAttempt(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt32(1),
        r.GetString(2),
        FromMs(r.GetInt64(3)),
        r.IsDBNull(4) ? null : FromMs(r.GetInt64(4)),
        Enum.Parse<DeliveryAttemptOutcome>(r.GetString(5)),
        r.IsDBNull(6) ? null : Enum.Parse<DeliveryFailureKind>(r.GetString(6)),
        NullableString(r, 7));

    public static string JoinCodes(IEnumerable<string> codes) => string.Join(',', codes);

    public static string Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static Standard ParseStandard(string key) => key switch
    {
        "ijw" => Standard.Ijw,
        "iwmo" => Standard.Iwmo,
        _ => throw new InvalidDataException($"Unknown standard '{key}' in the store."),
    };

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static string[] SplitCodes(string text) => text.Length == 0 ? [] : text.Split(',');
}
