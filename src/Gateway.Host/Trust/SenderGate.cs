using System.Security.Cryptography.X509Certificates;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Host.Trust;

/// <summary>
/// The envelope-level half of "who may send as whom", run at <c>/ggk</c> before anything is processed: the zender must
/// be in the sender map, present its certificate when one is configured, and only the hub identity may report an
/// Fo01. A refused request gets an Fo03 and is stored as a refused message (only the payload's first KB, its hash and
/// size: an outsider cannot fill the disk; no envelope identity, so a genuine resend later is not taken for a copy) with a SenderRefused event, and logged
/// without BSN. The payload half (the Afzender) is the pipeline's CheckSender step, with the scope admitted here.
/// </summary>
internal sealed partial class SenderGate(SenderDirectory senders, IMessageStore store, TimeProvider time, ILogger<SenderGate> logger)
{
    /// <summary>Fo03 code for an unknown zender (the chain's "sending organisation unknown").</summary>
    public const string UnknownSenderCode = "IB213";

    /// <summary>Fo03 code for a known zender that may not do this (the chain's "organisation not authorised").</summary>
    public const string NotAuthorisedCode = "IB002";

    public async Task<SenderAdmission> AdmitAsync(GgkMessage received, GgkParty us, X509Certificate2? certificate, CancellationToken ct)
    {
        if (received is not (GgkEnvelope or GgkFoutbericht))
        {
            return SenderAdmission.Unchecked;
        }

        var zender = received.Stuurgegevens.Zender.Organisatie;
        if (senders.TryResolve(zender, certificate, out var identity, out var problem))
        {
            if (received is not GgkFoutbericht || identity.IsHub)
            {
                return new SenderAdmission(identity.Scope, null);
            }

            problem = SenderProblem.NotTheHub;
        }

        var reason = SenderDirectory.Describe(problem, zender, certificate);
        var id = await RecordAsync(received, reason, ct);
        using (logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = id }))
        {
            LogRefused(logger, received.Berichtcode.ToString(), problem.ToString(), reason);
        }

        var code = problem == SenderProblem.UnknownZender ? UnknownSenderCode : NotAuthorisedCode;
        return new SenderAdmission(null, Fo03.About(received, us, code, reason, time.GetUtcNow(), "client"));
    }

    private async Task<long> RecordAsync(GgkMessage received, string reason, CancellationToken ct)
    {
        var row = received switch
        {
            GgkEnvelope envelope when GgkFunctie.TryParse(envelope.Stuurgegevens.Functie, out var standard, out var code) =>
                Row(envelope.Berichtcode == GgkBerichtcode.Du01 ? MessageKind.Retour : MessageKind.Heen, envelope.Payload, reason) with { Standard = standard, Code = code },
            GgkEnvelope envelope => Row(envelope.Berichtcode == GgkBerichtcode.Du01 ? MessageKind.Retour : MessageKind.Heen, envelope.Payload, reason),
            GgkFoutbericht error => Row(MessageKind.TransportError, new TransportRefusal(error.Code, error.Omschrijving, error.Stuurgegevens.CrossRefnummer).ToBytes(), reason),
            _ => throw new ArgumentException($"A {received.Berichtcode} is not checked here.", nameof(received)),
        };
        await using var tx = await store.BeginAsync(ct);
        var id = await tx.InsertMessageAsync(row, ct);
        await tx.CommitAsync(ct);
        return id;
    }

    private static NewMessage Row(MessageKind kind, ReadOnlyMemory<byte> payload, string reason) => new()
    {
        Direction = MessageDirection.Inbound,
        Kind = kind,
        State = MessageState.Rejected,
        Payload = payload,
        Refused = true,
        KeepOnlyPrefix = true,
        EventType = MessageEventTypes.SenderRefused,
        EventDetail = reason,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk {Berichtcode} refused ({Problem}), Fo03 sent, nothing routed or recorded against our messages: {Reason}")]
    private static partial void LogRefused(ILogger logger, string berichtcode, string problem, string reason);
}
