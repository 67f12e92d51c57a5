using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Trust;

/// <summary>
/// The sender map of <c>Gateway:Trust:Senders</c>, keyed by envelope zender organisation. An unknown zender is refused,
/// and so is a known one whose identity lists certificates when the connection presented none of them (fail closed:
/// over plain HTTP there is no certificate at all).
/// </summary>
internal sealed partial class SenderDirectory
{
    private readonly Dictionary<string, SenderIdentity> _senders;

    public SenderDirectory(IOptions<TrustOptions> options, ILogger<SenderDirectory> logger)
    {
        _senders = options.Value.Senders
            .Where(s => !string.IsNullOrWhiteSpace(s.Organisatie))
            .GroupBy(s => s.Organisatie, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => SenderIdentity.From(g.First()), StringComparer.Ordinal);
        if (_senders.Count == 0)
        {
            LogEmpty(logger);
        }
        else
        {
            LogMap(logger, _senders.Count, _senders.Values.Count(s => s.IsHub), _senders.Values.Count(s => s.Certificates.Count > 0), options.Value.CheckRevocation);
            foreach (var hub in _senders.Values.Where(s => s.IsHub && s.Certificates.Count == 0))
            {
                // The zender is a name anyone can write; only a client certificate proves it (the demo has none).
                LogHubWithoutCertificate(logger, hub.Organisatie);
            }
        }
    }

    /// <summary>The identity of <paramref name="zender"/> when it is known and the certificate fits; otherwise why not (no BSN).</summary>
    public bool TryResolve(string zender, X509Certificate2? certificate, [NotNullWhen(true)] out SenderIdentity? identity, out SenderProblem problem)
    {
        problem = SenderProblem.None;
        if (!_senders.TryGetValue(zender, out identity))
        {
            problem = SenderProblem.UnknownZender;
            return false;
        }

        if (identity.Certificates.Count > 0 && (certificate is null || !identity.Certificates.Any(c => c.Matches(certificate))))
        {
            problem = certificate is null ? SenderProblem.NoCertificate : SenderProblem.CertificateMismatch;
            identity = null;
            return false;
        }

        return true;
    }

    /// <summary>The reason for an operator and the sender, naming the zender (made safe) and, for a wrong certificate, its SHA-256.</summary>
    public static string Describe(SenderProblem problem, string zender, X509Certificate2? certificate) => problem switch
    {
        SenderProblem.UnknownZender => $"Envelope zender {SenderText.Safe(zender)} is not in the gateway's sender map (Gateway:Trust:Senders); nothing from it is accepted.",
        SenderProblem.NoCertificate => $"Envelope zender {SenderText.Safe(zender)} must present one of its configured client certificates; this connection presented none.",
        SenderProblem.CertificateMismatch => $"The client certificate (SHA-256 {certificate?.GetCertHashString(HashAlgorithmName.SHA256)}) is not one configured for envelope zender {SenderText.Safe(zender)}.",
        SenderProblem.NotTheHub => $"Envelope zender {SenderText.Safe(zender)} is not the hub identity (Gateway:Trust:Senders with Hub true): its Fo01 is not recorded.",
        _ => $"Envelope zender {SenderText.Safe(zender)} is refused.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway:Trust:Senders is empty: every envelope on /ggk is refused with an Fo03 until the sender map lists who may send")]
    private static partial void LogEmpty(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sender map: hub identity {Organisatie} has no client certificate, so anyone who can reach /ggk may report errors in its name; list the hub's certificate under Gateway:Trust:Senders and require client certificates (Gateway:Http:RequireClientCertificate)")]
    private static partial void LogHubWithoutCertificate(ILogger logger, string organisatie);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sender map: {Senders} identities ({Hubs} hub, {Pinned} with client certificates); revocation check {CheckRevocation}")]
    private static partial void LogMap(ILogger logger, int senders, int hubs, int pinned, bool checkRevocation);
}
