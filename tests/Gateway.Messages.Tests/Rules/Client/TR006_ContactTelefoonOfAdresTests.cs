using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class TR006_ContactTelefoonOfAdresTests
{
    private readonly TR006_ContactTelefoonOfAdres _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(ContactEdits.Sample()));

    [Fact]
    public void Check_AddressWithHuisAndPostcodeButNoPhone_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.ClientContactWith(c => c with { Telefoon = null })));

    [Fact]
    public void Check_PhoneButNoAddress_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.ClientContactWith(c => c with { Adres = null })));

    [Fact]
    public void Check_NoPhoneAndAddressWithoutPostcode_ReportsTheContact()
    {
        var bericht = ContactEdits.RelatieContactWith(c => c with { Telefoon = null, Adres = c.Adres! with { Postcode = null } });

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal(ContactEdits.RelatieContact, violation.Path);
    }

    [Fact]
    public void Check_NoPhoneAndAddressWithoutHuis_ReportsTheContact()
    {
        var bericht = ContactEdits.ClientContactWith(c => c with { Telefoon = null, Adres = c.Adres! with { Huis = null } });

        Assert.Equal(ContactEdits.ClientContact, Assert.Single(_rule.Check(bericht)).Path);
    }
}
