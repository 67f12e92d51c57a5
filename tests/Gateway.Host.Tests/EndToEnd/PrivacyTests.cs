using System.Text;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>A canary BSN sent through every path never shows up in plain text in the logs, the store files, metrics or file names.</summary>
public sealed class PrivacyTests
{
    // Passes the 11-proef and shares no run of four digits with any AGB code or gemeentecode of the test region: the
    // store keeps the sender's AGB next to a referentienummer (a UUID), so a canary that begins with an AGB would be
    // "found" wherever such a UUID starts with the canary's last digit.
    private const string Canary = "731520142";

    [Fact]
    public async Task CanaryBsnThroughEveryPath_NeverInLogsStoreFilesMetricsOrFileNames()
    {
        string metrics;
        string operatorView;
        await using var env = await RunningGateway.StartAsync();
        {
            var simulator = env.Simulator;
            var factory = simulator.Provider.Messages;
            foreach (var gemeentecode in new[] { "0363", "0518" })
            {
                var client = Some.Client(simulator, gemeentecode, Standard.Ijw) with { Bsn = Canary };
                var start = factory.Start(Some.Toewijzing(simulator, gemeentecode, client));
                var bytes = BerichtWriter.ToBytes(start);
                Assert.Equal("Bv03", (await simulator.Provider.SendEnvelopeAsync(Some.Envelope(start, bytes))).Reply);
                Assert.Equal("Bv03", (await simulator.Provider.SendEnvelopeAsync(Some.Envelope(start, bytes))).Reply);

                // Level 1: cut just after the BSN; level 2: a broken rule next to the BSN.
                var text = Encoding.UTF8.GetString(bytes);
                var cut = text.IndexOf(Canary, StringComparison.Ordinal) + Canary.Length + 20;
                var unreadable = factory.Start(Some.Toewijzing(simulator, gemeentecode, client));
                Assert.Equal("Bv03", (await simulator.Provider.SendEnvelopeAsync(Some.Envelope(unreadable, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BerichtWriter.ToBytes(unreadable))[..cut])))).Reply);
                var stop = factory.Stop(Some.Toewijzing(simulator, gemeentecode, client));
                Assert.Equal("Bv03", (await simulator.Provider.SendBerichtAsync(stop)).Reply);
            }

            var documents = Some.BackOfficeDocuments();
            var agb = Some.Agb(simulator);
            using (var accepted = await env.SubmitAsync("0363", documents.Toewijzing("0363", agb, Canary)))
            {
                Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
            }

            var invalid = Encoding.UTF8.GetString(documents.Toewijzing("0363", agb, Canary)).Replace("<jw301:BerichtSubversie>2<", "<jw301:BerichtSubversie>7<", StringComparison.Ordinal);
            using (var refused = await env.SubmitAsync("0363", Encoding.UTF8.GetBytes(invalid)))
            {
                Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
                Assert.DoesNotContain(Canary, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var outbox = new BackOfficeClient(env.Http, env.BaseUrl);
            outbox.Drop(env.Outbox("0518"), documents.Toewijzing("0518", agb, Canary));
            outbox.Drop(env.Outbox("0518"), Encoding.UTF8.GetBytes(invalid.Replace("<jw301:Afzender>0363<", "<jw301:Afzender>0518<", StringComparison.Ordinal)));

            Assert.True(await RunningGateway.EventuallyAsync(() => Directory.Exists(Path.Combine(env.Outbox("0518"), "rejected")) && Directory.GetFiles(Path.Combine(env.Outbox("0518"), "rejected"), "*.error.txt").Length == 1, TimeSpan.FromSeconds(30)));
            Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Count(m => m.Functie == "JW301") >= 2, TimeSpan.FromSeconds(30)));
            Assert.True(await env.WaitForEmptyQueueAsync(TimeSpan.FromSeconds(60)));

            metrics = await env.Http.GetStringAsync("metrics");
            // Every stored payload, the truncated (not well-formed) ones included, as an operator sees it.
            var views = new StringBuilder();
            for (long id = 1; await env.Store.GetMessageAsync(id) is not null; id++)
            {
                using var view = await env.OperatorAsync(HttpMethod.Get, $"messages/{id}?payload=true");
                views.Append(await view.Content.ReadAsStringAsync());
            }

            operatorView = views.ToString();
            await env.StopGatewayAsync();

            var storeFiles = Directory.GetFiles(Path.GetDirectoryName(env.DatabasePath)!);
            Assert.NotEmpty(storeFiles);
            foreach (var file in storeFiles.Concat(Directory.GetFiles(env.LogDirectory)))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                var at = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Canary));
                Assert.False(at >= 0, $"the canary BSN is in plain text in {Path.GetFileName(file)} at byte {at}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(Canary)), $"the canary BSN is in UTF-16 text in {Path.GetFileName(file)}");
            }

            foreach (var file in Directory.GetFiles(env.Directory, "*", SearchOption.AllDirectories))
            {
                Assert.DoesNotContain(Canary, Path.GetFileName(file), StringComparison.Ordinal);
            }

            foreach (var error in Directory.GetFiles(Path.Combine(env.Outbox("0518"), "rejected"), "*.error.txt"))
            {
                Assert.DoesNotContain(Canary, await File.ReadAllTextAsync(error), StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(Canary, metrics, StringComparison.Ordinal);
        Assert.Contains("Bsn", operatorView, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, operatorView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CanaryBsnAsIdentificatie_NeverInStoreFilesOrOperatorApi_ShownMasked()
    {
        await using var env = await RunningGateway.StartAsync();
        var simulator = env.Simulator;
        var start = simulator.Provider.Messages.Start(Some.Toewijzing(simulator, "0363", Some.Client(simulator, "0363", Standard.Ijw)));
        start = start with { Header = start.Header with { BerichtIdentificatie = start.Header.BerichtIdentificatie with { Identificatie = Canary } } };
        Assert.Equal("Bv03", (await simulator.Provider.SendEnvelopeAsync(Some.Envelope(start, BerichtWriter.ToBytes(start)))).Reply);
        Assert.True(await env.WaitForEmptyQueueAsync(TimeSpan.FromSeconds(60)));

        long id;
        await using (var tx = await env.Store.BeginAsync())
        {
            id = (await tx.FindByDedupKeyAsync(new Gateway.Routing.Store.DedupKey(start.Standard, start.Code, start.Header.Afzender, Canary)))!.Id;
        }

        using var view = await env.OperatorAsync(HttpMethod.Get, $"messages/{id}");
        var operatorView = await view.Content.ReadAsStringAsync();
        await env.StopGatewayAsync();

        Assert.Contains("*********", operatorView, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, operatorView, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(env.DatabasePath)!))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(Contains(bytes, Encoding.ASCII.GetBytes(Canary)), $"the canary Identificatie is in plain text in {Path.GetFileName(file)}");
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
