using System.Security.Cryptography;
using Gateway.Host.Tests.Support;
using Gateway.Host.Trust;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Trust;

public sealed class SenderDirectoryTests
{
    [Fact]
    public void TryResolve_KnownZenderWithoutCertificates_ItsScope()
    {
        var directory = Directory(new SenderIdentityOptions { Organisatie = "12345678", Agb = ["12345678"], Gemeentecodes = ["0363"] });

        Assert.True(directory.TryResolve("12345678", null, out var identity, out _));
        Assert.True(identity.Scope.MayActFor("12345678"));
        Assert.True(identity.Scope.MayActFor("0363"));
        Assert.False(identity.Scope.MayActFor("23456789"));
        Assert.False(identity.IsHub);
    }

    [Fact]
    public void TryResolve_UnknownZender_Refused()
    {
        var directory = Directory(new SenderIdentityOptions { Organisatie = "12345678", Agb = ["12345678"] });

        Assert.False(directory.TryResolve("99999999", null, out _, out var problem));
        Assert.Equal(SenderProblem.UnknownZender, problem);
    }

    [Fact]
    public void TryResolve_EmptyMap_EverySenderRefused()
    {
        Assert.False(Directory().TryResolve("12345678", null, out _, out var problem));
        Assert.Equal(SenderProblem.UnknownZender, problem);
    }

    [Fact]
    public void TryResolve_PinnedIdentity_OwnCertificateAdmitted_NoneOrAnotherRefused()
    {
        using var authority = TestCertificates.Authority("Test providers CA");
        using var own = TestCertificates.Client(authority, "eigen");
        using var other = TestCertificates.Client(authority, "ander");
        var directory = Directory(new SenderIdentityOptions { Organisatie = "12345678", Agb = ["12345678"], Certificates = [own.GetCertHashString(HashAlgorithmName.SHA256)] });

        Assert.True(directory.TryResolve("12345678", own, out _, out _));
        Assert.False(directory.TryResolve("12345678", null, out _, out var none));
        Assert.False(directory.TryResolve("12345678", other, out _, out var mismatch));
        Assert.Equal(SenderProblem.NoCertificate, none);
        Assert.Equal(SenderProblem.CertificateMismatch, mismatch);
        Assert.Contains(other.GetCertHashString(HashAlgorithmName.SHA256), SenderDirectory.Describe(mismatch, "12345678", other), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ZenderThatCouldBeABsn_Masked()
    {
        var text = SenderDirectory.Describe(SenderProblem.UnknownZender, "111222333", null);

        Assert.DoesNotContain("111222333", text, StringComparison.Ordinal);
        Assert.Contains("*********", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_HubWithoutCertificate_WarnsThatAnyoneMayReportErrorsInItsName()
    {
        var logger = new RecordingLogger();

        _ = new SenderDirectory(
            Options.Create(new TrustOptions
            {
                Senders =
                [
                    new SenderIdentityOptions { Organisatie = "IB", Hub = true },
                    new SenderIdentityOptions { Organisatie = "RINIS", Hub = true, Certificates = [Convert.ToHexString(SHA256.HashData("rinis"u8))] },
                ],
            }),
            logger);

        var warning = Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("hub identity IB has no client certificate", warning.Text, StringComparison.Ordinal);
    }

    private sealed class RecordingLogger : ILogger<SenderDirectory>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }

    private static SenderDirectory Directory(params SenderIdentityOptions[] senders) =>
        new(Options.Create(new TrustOptions { Senders = [.. senders] }), NullLogger<SenderDirectory>.Instance);
}
