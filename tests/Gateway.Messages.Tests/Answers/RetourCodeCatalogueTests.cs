using Gateway.Messages.Answers;

namespace Gateway.Messages.Tests.Answers;

public sealed class RetourCodeCatalogueTests
{
    // The rule → retourcode pairs of the 3.2 list (fact file §3.4).
    public static TheoryData<string, string> RulesAndCodes => new()
    {
        { "TR418", "0611" }, { "TR323", "8017" }, { "TR314", "8021" }, { "TR304", "8187" }, { "TR318", "8214" },
        { "TR135", "8848" }, { "TR019", "9019" }, { "TR056", "9056" }, { "TR063", "9063" }, { "TR382", "9069" },
        { "TR071", "9071" }, { "TR074", "9074" }, { "TR307", "9307" }, { "TR308", "9308" }, { "TR319", "9319" },
        { "TR321", "9321" }, { "TR322", "9322" }, { "TR326", "9326" }, { "TR332", "9332" }, { "TR333", "9333" },
        { "TR338", "9338" }, { "TR339", "9339" }, { "TR340", "9340" }, { "TR341", "9341" }, { "TR346", "9346" },
        { "TR347", "9347" }, { "TR349", "9349" }, { "TR350", "9350" }, { "TR351", "9351" }, { "TR355", "9355" },
        { "TR357", "9357" }, { "TR359", "9359" }, { "TR360", "9360" }, { "TR361", "9361" }, { "TR365", "9365" },
        { "TR366", "9366" }, { "TR367", "9367" }, { "TR369", "9369" }, { "TR373", "9373" }, { "TR374", "9374" },
        { "TR375", "9375" }, { "TR379", "9379" }, { "TR384", "9384" }, { "TR385", "9385" }, { "TR387", "9387" },
        { "TR388", "9388" }, { "TR389", "9389" }, { "TR390", "9390" }, { "TR411", "9411" }, { "TR412", "9412" },
        { "TR413", "9413" }, { "TR414", "9414" }, { "TR415", "9415" }, { "TR378", "S300" }, { "TR381", "S329" },
    };

    [Fact]
    public void All_Release32_HasExactly59UniqueCodes()
    {
        Assert.Equal(59, RetourCodeCatalogue.All.Count);
        Assert.Equal(RetourCodeCatalogue.Count, RetourCodeCatalogue.All.Count);
        Assert.Equal(59, RetourCodeCatalogue.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryCode_IsFourCharactersInCodeOrder()
    {
        Assert.All(RetourCodeCatalogue.All, c => Assert.Matches("^[0-9S][0-9]{3}$", c.Code));
        var codes = RetourCodeCatalogue.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void All_EveryCode_HasDutchAndEnglishMeaningAndFix()
    {
        Assert.All(RetourCodeCatalogue.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.MeaningNl), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.MeaningEn), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.FixNl), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.FixEn), c.Code);
            Assert.NotEqual(c.MeaningNl, c.MeaningEn);
            Assert.NotEqual(c.FixNl, c.FixEn);
        });
    }

    [Theory]
    [InlineData("0001", 2)]
    [InlineData("0200", null)]
    [InlineData("0233", null)]
    [InlineData("8001", null)]
    public void Get_GenericCode_IsPresentWithoutRule(string code, int? level)
    {
        var info = RetourCodeCatalogue.Get(code);
        Assert.Null(info.Rule);
        Assert.Equal(level, info.Level);
    }

    [Theory]
    [MemberData(nameof(RulesAndCodes))]
    public void FindByRule_EveryRuleOfTheList_MapsBackToItsCode(string rule, string code)
    {
        Assert.Equal(code, RetourCodeCatalogue.FindByRule(rule)?.Code);
        Assert.Equal(rule, RetourCodeCatalogue.Get(code).Rule);
    }

    [Fact]
    public void All_RuleCodes_AreExactlyTheListedRules()
    {
        var listed = RulesAndCodes.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var catalogued = RetourCodeCatalogue.All.Where(c => c.Rule is not null).Select(c => c.Rule!).Order(StringComparer.Ordinal);
        Assert.Equal(listed, catalogued);
    }

    [Theory]
    [InlineData("TR135")]
    [InlineData("TR378")]
    [InlineData("TR381")]
    [InlineData("TR418")]
    public void FindByRule_ReferenceDataRule_IsLevel4(string rule)
    {
        Assert.Equal(4, RetourCodeCatalogue.FindByRule(rule)!.Level);
    }

    [Fact]
    public void All_OtherRuleCodes_AreLevel3()
    {
        string[] level4 = ["TR135", "TR378", "TR381", "TR418"];
        Assert.All(
            RetourCodeCatalogue.All.Where(c => c.Rule is not null && !level4.Contains(c.Rule)),
            c => Assert.Equal(3, c.Level));
    }

    [Theory]
    [InlineData("8002")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_CodeOutsideRelease_ReturnsNull(string? code)
    {
        Assert.Null(RetourCodeCatalogue.Find(code));
        Assert.False(RetourCodeCatalogue.IsKnown(code));
    }

    [Theory]
    [InlineData("TR018")]
    [InlineData("TR337")]
    [InlineData("tr999")]
    public void FindByRule_RuleWithoutOwnCode_ReturnsNull(string rule)
    {
        Assert.Null(RetourCodeCatalogue.FindByRule(rule));
    }

    [Fact]
    public void FindByRule_LowerCase_IsFound()
    {
        Assert.Equal("9321", RetourCodeCatalogue.FindByRule("tr321")?.Code);
    }

    [Theory]
    [InlineData("0200", false)]
    [InlineData("0233", false)]
    [InlineData("8001", false)]
    [InlineData("0001", true)]
    [InlineData("9321", true)]
    public void IsRejection_GenericAndRuleCodes_AreClassified(string code, bool rejection)
    {
        Assert.Equal(rejection, RetourCodeCatalogue.Get(code).IsRejection);
    }
}
