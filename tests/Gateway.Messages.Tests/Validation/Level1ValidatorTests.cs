using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public sealed class Level1ValidatorTests
{
    private static Level1Result Validate(string xml, Level1Options? options = null) =>
        Jw301Document.Validator(options).Validate(Jw301Document.Bytes(xml));

    private static string Dump(Level1Result result) =>
        string.Join("\n", result.Issues.Select(i => $"{i.Code} {i.Rule} {i.Path} {i.Line}:{i.Column} {i.Message}"));

    [Fact]
    public void Validate_ValidJw301_PassesWithIdentity()
    {
        var result = Validate(Jw301Document.Valid);

        Assert.True(result.IsValid, Dump(result));
        Assert.Equal(new MessageIdentity(Standard.Ijw, MessageCode.Toewijzing, "3.2"), result.Identity);
    }

    [Fact]
    public void Validate_InvalidDateInSecondProduct_ReportsIndexedPathLineAndPlainMessage()
    {
        var xml = Jw301Document.Valid.Replace("2026-11-30", "2026-13-01", StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Level1Codes.Xsd, issue.Code);
        Assert.Equal(1, issue.Level);
        Assert.Equal("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum", issue.Path);
        Assert.Equal(Jw301Document.LineOf(xml, "2026-13-01"), issue.Line);
        Assert.Equal("Element 'Einddatum' has an invalid value '2026-13-01': not a valid date (yyyy-mm-dd).", issue.Message);
        Assert.NotNull(result.Identity);
    }

    [Fact]
    public void Validate_SeveralErrors_ReportsAllOfThem()
    {
        var xml = Jw301Document.Valid
            .Replace("2026-11-30", "2026-13-01", StringComparison.Ordinal)
            .Replace("<jw301:Geslacht>1</jw301:Geslacht>", "<jw301:Geslacht>7</jw301:Geslacht>", StringComparison.Ordinal)
            .Replace("<jw301:Soort>01</jw301:Soort>", "<jw301:Soort>01</jw301:Soort><jw301:Onbekend>x</jw301:Onbekend>", StringComparison.Ordinal);

        var result = Validate(xml);

        Assert.Equal(3, result.Issues.Count);
        Assert.Contains(result.Issues, i => i.Path == "/Bericht/Client/Geslacht" && i.Message.Contains("not one of the allowed values (0, 1, 2)", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Path == "/Bericht/Client/Contactgegevens/Contact[1]/Onbekend" && i.Message.Contains("'Onbekend'", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Path == "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum");
        Assert.All(result.Issues, i => Assert.DoesNotContain("http://", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingRequiredElement_ReportsParentPath()
    {
        var xml = Jw301Document.Valid.Replace("<jw301:Toewijzingstijd>10:00:00</jw301:Toewijzingstijd>", string.Empty, StringComparison.Ordinal);

        var result = Validate(xml);

        Assert.Equal(2, result.Issues.Count);
        Assert.Equal("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum", result.Issues[0].Path);
        Assert.Contains("'Toewijzingstijd'", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidBsn_DoesNotEchoTheValue()
    {
        var xml = Jw301Document.Valid.Replace(Jw301Document.CanaryBsn, "12345678X", StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("/Bericht/Client/Bsn", issue.Path);
        Assert.DoesNotContain("12345678", issue.Message, StringComparison.Ordinal);
        Assert.Contains("not repeated", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BsnLikeValueInOtherElement_DoesNotEchoTheValue()
    {
        var xml = Jw301Document.Valid.Replace("<jw301:Ontvanger>12345678</jw301:Ontvanger>", $"<jw301:Ontvanger>{Jw301Document.CanaryBsn}</jw301:Ontvanger>", StringComparison.Ordinal);

        var result = Validate(xml);

        Assert.NotEmpty(result.Issues);
        Assert.All(result.Issues, i => Assert.DoesNotContain(Jw301Document.CanaryBsn, i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WrongBerichtVersie_NamesRuleCS025()
    {
        var xml = Jw301Document.Valid.Replace("<jw301:BerichtVersie>3</jw301:BerichtVersie>", "<jw301:BerichtVersie>2</jw301:BerichtVersie>", StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("CS025", issue.Rule);
        Assert.Equal("/Bericht/Header/BerichtVersie", issue.Path);
    }

    [Fact]
    public void Validate_BerichtXsdVersieOutsideAppinfoRange_IsLevel1Xsd()
    {
        var xml = Jw301Document.Valid.Replace("<ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>", "<ijw:BerichtXsdVersie>1.1.0</ijw:BerichtXsdVersie>", StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(Level1Codes.Xsd, issue.Code);
        Assert.Equal("/Bericht/Header/XsdVersie/BerichtXsdVersie", issue.Path);
        Assert.Contains("1.1.0", issue.Message, StringComparison.Ordinal);
        Assert.Contains("accepts BerichtXsdVersie 1.0.0", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BasisschemaXsdVersieOutsideAppinfoRange_IsLevel1Xsd()
    {
        var xml = Jw301Document.Valid.Replace("<ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>", "<ijw:BasisschemaXsdVersie>0.9.9</ijw:BasisschemaXsdVersie>", StringComparison.Ordinal);

        var result = Validate(xml);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("/Bericht/Header/XsdVersie/BasisschemaXsdVersie", issue.Path);
    }

    [Fact]
    public void Validate_MoreErrorsThanTheCap_ReportsCapAndCountsTheRest()
    {
        var product = Jw301Document.Valid[Jw301Document.Valid.IndexOf("<jw301:ToegewezenProduct>", StringComparison.Ordinal)..(Jw301Document.Valid.IndexOf("</jw301:ToegewezenProduct>", StringComparison.Ordinal) + "</jw301:ToegewezenProduct>".Length)]
            .Replace("2026-12-31", "2026-12-32", StringComparison.Ordinal);
        var xml = Jw301Document.Valid.Replace("<jw301:ToegewezenProducten>", "<jw301:ToegewezenProducten>" + string.Concat(Enumerable.Repeat(product, 12)), StringComparison.Ordinal);

        var result = Validate(xml, new Level1Options { MaxIssues = 5 });

        Assert.Equal(6, result.Issues.Count);
        Assert.Equal("… and 7 more issues not listed (only the first 5 are reported).", result.Issues[^1].Message);
        Assert.Equal("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[5]/Einddatum", result.Issues[4].Path);
    }

    [Fact]
    public void Validate_ConcurrentDocuments_GiveTheSameResults()
    {
        var bad = Jw301Document.Bytes(Jw301Document.Valid.Replace("2026-11-30", "2026-13-01", StringComparison.Ordinal));
        var good = Jw301Document.Bytes(Jw301Document.Valid);
        var validator = Jw301Document.Validator();

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => validator.Validate(i % 2 == 0 ? good : bad).Issues.Count).ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? 0 : 1), results);
    }

    [Fact]
    public void ValidateFile_ValidDocument_Passes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jw301-{Guid.NewGuid():N}.xml");
        File.WriteAllBytes(path, Jw301Document.Bytes(Jw301Document.Valid));
        try
        {
            Assert.True(Jw301Document.Validator().ValidateFile(path).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("<jw301:Afzender>0363</jw301:Afzender>", "<jw301:Afzender>363</jw301:Afzender>", "RS035")]
    [InlineData("<ijw:Dagtekening>2026-01-15</ijw:Dagtekening>", "<ijw:Dagtekening>2026-01-15Z</ijw:Dagtekening>", "RS032")]
    [InlineData("<ijw:Achternaam>Jansen</ijw:Achternaam>", "<ijw:Achternaam> </ijw:Achternaam>", "RS033")]
    [InlineData("<jw301:Geslacht>1</jw301:Geslacht>", "<jw301:Geslacht>9</jw301:Geslacht>", null)]
    public void Validate_FacetOfTheReadmeTable_NamesItsRule(string original, string broken, string? rule)
    {
        var result = Validate(Jw301Document.Valid.Replace(original, broken, StringComparison.Ordinal));

        Assert.NotEmpty(result.Issues);
        Assert.Equal(rule, result.Issues[0].Rule);
    }
}
