using Gateway.Host.Trust;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Trust;

public sealed class TrustOptionsValidatorTests
{
    [Fact]
    public void Validate_ProvidersAndAHub_Succeeds()
    {
        var result = Validate(
            new SenderIdentityOptions { Organisatie = "IB", Hub = true, Certificates = ["CN=GGk, O=RINIS"] },
            new SenderIdentityOptions { Organisatie = "12345678", Agb = ["12345678", "23456789"], Certificates = [new string('a', 64), "AB:" + new string('0', 38)] },
            new SenderIdentityOptions { Organisatie = "0363", Gemeentecodes = ["0363"] });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoSenders_SucceedsBecauseTheMapFailsClosed()
    {
        Assert.True(new TrustOptionsValidator().Validate(null, new TrustOptions()).Succeeded);
    }

    [Fact]
    public void Validate_EveryProblem_ReportedAtOnceWithItsFullKey()
    {
        var result = Validate(
            new SenderIdentityOptions { Organisatie = "", Agb = ["12345678"] },
            new SenderIdentityOptions { Organisatie = "12345678", Agb = ["1234567", "1234567x"], Gemeentecodes = ["363"] },
            new SenderIdentityOptions { Organisatie = "12345678", Agb = ["12345678"], Certificates = ["zorg-bv", new string('a', 63)] },
            new SenderIdentityOptions { Organisatie = "VECOZO" });

        Assert.False(result.Succeeded);
        string[] expected =
        [
            "Gateway:Trust:Senders:0:Organisatie must be set",
            "Gateway:Trust:Senders:1:Agb:0 is not an AGB code: write exactly 8 digits.",
            "Gateway:Trust:Senders:1:Agb:1 is not an AGB code: write exactly 8 digits.",
            "Gateway:Trust:Senders:1:Gemeentecodes:0 is not a gemeentecode: write exactly 4 digits.",
            "Gateway:Trust:Senders:2:Organisatie 12345678 is also Gateway:Trust:Senders:1:",
            "Gateway:Trust:Senders:2:Certificates:0 is neither a thumbprint",
            "Gateway:Trust:Senders:2:Certificates:1 is neither a thumbprint",
            "Gateway:Trust:Senders:3 acts for nobody",
        ];
        Assert.Equal(expected.Length, result.Failures!.Count());
        Assert.All(expected, e => Assert.Contains(result.Failures!, f => f.StartsWith(e, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_ACodeThatCouldBeABsn_NotEchoed()
    {
        var result = Validate(new SenderIdentityOptions { Organisatie = "12345678", Agb = ["111222333"] });

        Assert.DoesNotContain("111222333", result.FailureMessage, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(params SenderIdentityOptions[] senders) =>
        new TrustOptionsValidator().Validate(null, new TrustOptions { Senders = [.. senders] });
}
