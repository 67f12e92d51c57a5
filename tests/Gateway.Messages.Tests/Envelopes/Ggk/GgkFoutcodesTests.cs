using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

public class GgkFoutcodesTests
{
    [Theory]
    [InlineData("IB103", GgkFoutClass.Transient)]
    [InlineData("IB216", GgkFoutClass.AlreadyDelivered)]
    [InlineData("IB016", GgkFoutClass.AlreadyDelivered)]
    [InlineData("IB003", GgkFoutClass.Permanent)]
    [InlineData("IB007", GgkFoutClass.Permanent)]
    [InlineData("IB001", GgkFoutClass.Permanent)]
    [InlineData("IB002", GgkFoutClass.Permanent)]
    [InlineData("IB210", GgkFoutClass.Permanent)]
    [InlineData("StUF055", GgkFoutClass.Permanent)]
    [InlineData("XX999", GgkFoutClass.Permanent)]
    public void Classify_KnownAndUnknownCodes(string code, GgkFoutClass expected) =>
        Assert.Equal(expected, GgkFoutcodes.Classify(code));

    [Fact]
    public void Lookup_CodeInBothGenerations_KeepsBothTexts()
    {
        var entries = GgkFoutcodes.Lookup("IB009");

        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Generation == GgkFoutcodeGeneration.Vng2017 && e.Omschrijving.Contains("UUID", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Generation == GgkFoutcodeGeneration.Bidn2025);
    }

    [Fact]
    public void Codes_NoDuplicatePerGeneration() =>
        Assert.Equal(GgkFoutcodes.Codes.Count, GgkFoutcodes.Codes.Select(c => (c.Code, c.Generation)).Distinct().Count());
}
