using Gateway.Messages.Model;
using Gateway.Routing.Ledger;
using Gateway.Routing.Ledger.Rules;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

public sealed class TR056_IdentificatieUniekPerBerichtsoortTests
{
    [Fact]
    public async Task Check_CommitPhaseLookedUpTheKey_TakesItsAnswerWithoutAskingTheStore()
    {
        await using var gateway = await TestGateway.StartAsync();
        await gateway.ReceiveAsync("ijw/jw305-start.xml");
        var bericht = BerichtReader.Read(RepoPaths.SampleBytes("ijw/jw305-start.xml"));
        var rule = new TR056_IdentificatieUniekPerBerichtsoort(new NoLedger());
        await using var tx = await gateway.Store.BeginAsync();
        var check = new CrossMessageCheck(bericht, Flow.Inbound, tx, gateway.Time.GetUtcNow());

        var asked = await rule.CheckAsync(check, CancellationToken.None);
        var told = await rule.CheckAsync(check with { StoredUnderDedupKey = new StoredUnderDedupKey(null) }, CancellationToken.None);

        Assert.Equal("9056", Assert.Single(asked).RetourCode);
        Assert.Empty(told);
    }
}
