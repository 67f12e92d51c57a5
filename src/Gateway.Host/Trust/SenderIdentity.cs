using Gateway.Routing.Pipeline;

namespace Gateway.Host.Trust;

/// <summary>One sender of the map, ready to check: its certificates, the parties it may act for, and whether it is the hub.</summary>
internal sealed record SenderIdentity(string Organisatie, IReadOnlyList<CertificateMatch> Certificates, SenderScope Scope, bool IsHub)
{
    public static SenderIdentity From(SenderIdentityOptions options) => new(
        options.Organisatie,
        [.. options.Certificates.Select(CertificateMatch.Parse).OfType<CertificateMatch>()],
        new SenderScope(options.Organisatie, options.Agb.ToHashSet(StringComparer.Ordinal), options.Gemeentecodes.ToHashSet(StringComparer.Ordinal)),
        options.Hub);
}
