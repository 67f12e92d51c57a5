using Gateway.Host.Console;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Console;

public sealed class ConsoleAccountsTests
{
    private static readonly ConsoleAccounts Accounts = new(
        new OperatorDirectory(Options.Create(new OperatorsOptions
        {
            Accounts = [new OperatorOptions { Name = "amsterdam-beheer", ApiKey = "op-key", Gemeenten = ["0363"] }],
        })),
        Options.Create(new RegionOptions
        {
            Gemeenten = [new GemeenteOptions { Code = "0599", BackOffice = new BackOfficeOptions { ApiKey = "bo-key" } }],
        }));

    [Fact]
    public void SignInOperator_RightKey_ActsAsTheOperatorWithTheirGemeenten()
    {
        var account = ConsoleAccounts.Account(Accounts.SignInOperator("op-key")!)!;

        Assert.Equal("amsterdam-beheer", account.Name);
        Assert.Equal(["0363"], account.Gemeenten);
        Assert.False(account.SeesAll);
    }

    [Fact]
    public void SignInBackOffice_ItsOwnKey_ActsForThatGemeenteOnly()
    {
        var principal = Accounts.SignInBackOffice("0599", "bo-key")!;
        var account = ConsoleAccounts.Account(principal)!;

        Assert.Equal(ConsoleAccounts.BackOfficePrefix + "0599", account.Name);
        Assert.Equal(["0599"], account.Gemeenten);
        Assert.Equal(ConsoleAccountKind.BackOffice, ConsoleAccounts.Kind(principal));
    }

    [Theory]
    [InlineData("0599", "op-key")]
    [InlineData("0363", "bo-key")]
    [InlineData("0599", "")]
    [InlineData(null, "bo-key")]
    public void SignInBackOffice_WrongGemeenteOrKey_Refused(string? gemeente, string key) =>
        Assert.Null(Accounts.SignInBackOffice(gemeente, key));

    [Fact]
    public void SignInOperator_BackOfficeKeyOrNone_Refused()
    {
        Assert.Null(Accounts.SignInOperator("bo-key"));
        Assert.Null(Accounts.SignInOperator(null));
    }
}
