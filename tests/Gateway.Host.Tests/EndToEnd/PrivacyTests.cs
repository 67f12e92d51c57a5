using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>A canary BSN sent through every path never shows up in plain text in the logs, the store files, metrics or file names.</summary>
public sealed partial class PrivacyTests
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

            Assert.True(await RunningGateway.EventuallyAsync(() => Directory.Exists(Path.Combine(env.Outbox("0518"), "rejected")) && Directory.GetFiles(Path.Combine(env.Outbox("0518"), "rejected"), "*.error.txt").Length == 1, TimeSpan.FromMinutes(3)));
            Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Count(m => m.Functie == "JW301") >= 2, TimeSpan.FromMinutes(3)));
            Assert.True(await env.WaitForEmptyQueueAsync(TimeSpan.FromMinutes(3)));

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
                var bytes = await ReadIfStillThereAsync(file);
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
        Assert.True(await env.WaitForEmptyQueueAsync(TimeSpan.FromMinutes(3)));

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
            var bytes = await ReadIfStillThereAsync(file);
            Assert.False(Contains(bytes, Encoding.ASCII.GetBytes(Canary)), $"the canary Identificatie is in plain text in {Path.GetFileName(file)}");
        }
    }

    /// <summary>
    /// One canary per place a BSN can hide (issue 8): a bare Bsn, a Bsn under another prefix declared on the element, a
    /// CDATA Bsn, a Bsn in a payload cut in half, a BSN as Identificatie and as ReferentieAanbieder. None of them may show
    /// in any operator API answer, any CLI output, any file name, the logs, /metrics or the store's files.
    /// </summary>
    [Fact]
    public async Task CanaryInEveryHidingPlace_NeverInApiCliFileNamesLogsMetricsOrStoreFiles()
    {
        var canaries = new Dictionary<string, string>
        {
            ["bare"] = "619310005",
            ["namespaced"] = "628410001",
            ["cdata"] = "637510008",
            ["truncated"] = "646610028",
            ["identificatie"] = "655710012",
            ["referentie"] = "664810007",
        };
        var seen = new StringBuilder();
        await using var env = await RunningGateway.StartAsync();
        var simulator = env.Simulator;
        var factory = simulator.Provider.Messages;

        Bericht305 StartFor(string canary) =>
            factory.Start(Some.Toewijzing(simulator, "0518", Some.NextClient(simulator, "0518", Standard.Ijw) with { Bsn = canary }));

        async Task SendAsync(Bericht bericht, string text) =>
            Assert.Equal("Bv03", (await simulator.Provider.SendEnvelopeAsync(Some.Envelope(bericht, Encoding.UTF8.GetBytes(text)))).Reply);

        var bare = StartFor(canaries["bare"]);
        await SendAsync(bare, Encoding.UTF8.GetString(BerichtWriter.ToBytes(bare)));

        // The same namespace under a prefix declared on the element itself: still schema-valid, invisible to a regex.
        var namespaced = StartFor(canaries["namespaced"]);
        var text = Encoding.UTF8.GetString(BerichtWriter.ToBytes(namespaced));
        var bsn = BsnElement().Match(text);
        Assert.True(bsn.Success, "the 305 has a prefixed Bsn element");
        var prefix = bsn.Groups["p"].Value;
        var ns = Regex.Match(text, "xmlns:" + prefix + "=\"(?<ns>[^\"]+)\"").Groups["ns"].Value;
        await SendAsync(namespaced, text.Replace(bsn.Value, $"<q:Bsn xmlns:q=\"{ns}\">{canaries["namespaced"]}</q:Bsn>", StringComparison.Ordinal));

        var cdata = StartFor(canaries["cdata"]);
        text = Encoding.UTF8.GetString(BerichtWriter.ToBytes(cdata));
        bsn = BsnElement().Match(text);
        await SendAsync(cdata, text.Replace(bsn.Value, $"<{prefix}:Bsn><![CDATA[{canaries["cdata"]}]]></{prefix}:Bsn>", StringComparison.Ordinal));

        var truncated = StartFor(canaries["truncated"]);
        text = Encoding.UTF8.GetString(BerichtWriter.ToBytes(truncated));
        await SendAsync(truncated, text[..(text.IndexOf(canaries["truncated"], StringComparison.Ordinal) + 9 + 12)]);

        var identified = StartFor("731520142");
        identified = identified with { Header = identified.Header with { BerichtIdentificatie = identified.Header.BerichtIdentificatie with { Identificatie = canaries["identificatie"] } } };
        await SendAsync(identified, Encoding.UTF8.GetString(BerichtWriter.ToBytes(identified)));

        var verzoek = factory.VerzoekOmToewijzing(Some.NextClient(simulator, "0363", Standard.Ijw), Some.Agb(simulator));
        verzoek = verzoek with { Client = verzoek.Client with { AangevraagdeProducten = [verzoek.Client.AangevraagdeProducten[0] with { ReferentieAanbieder = canaries["referentie"] }] } };
        await SendAsync(verzoek, Encoding.UTF8.GetString(BerichtWriter.ToBytes(verzoek)));

        Assert.True(await env.WaitForEmptyQueueAsync(TimeSpan.FromMinutes(3)));

        // Every operator view: each message with its payload and timeline, the queue, metrics and readiness.
        long last = 0;
        for (long id = 1; await env.Store.GetMessageAsync(id) is not null; id++)
        {
            last = id;
            foreach (var path in new[] { $"messages/{id}?payload=true", $"messages/{id}", $"messages/{id}/timeline" })
            {
                using var view = await env.OperatorAsync(HttpMethod.Get, path);
                seen.AppendLine(await view.Content.ReadAsStringAsync());
            }
        }

        Assert.True(last >= 6, $"only {last} messages stored");
        string[] reports = ["zorg", "productie", "declaraties", "afwijzingen", "doorlooptijden", "plafonds"];
        foreach (var path in new[] { "queue?limit=500", "queue?state=Delivered&limit=500", "answers/held", "ceilings" }.Concat(reports.Select(k => $"reports/{k}")))
        {
            using var view = await env.OperatorAsync(HttpMethod.Get, path);
            Assert.True(view.IsSuccessStatusCode, $"{path}: {(int)view.StatusCode}");
            seen.AppendLine(await view.Content.ReadAsStringAsync());
        }

        seen.AppendLine(await env.Http.GetStringAsync("metrics"));
        seen.AppendLine(await env.Http.GetStringAsync("health/ready"));
        Assert.Contains("*******", seen.ToString(), StringComparison.Ordinal);
        await env.StopGatewayAsync();

        // The CLI on the same store file.
        for (long id = 1; id <= last; id++)
        {
            var idText = id.ToString(CultureInfo.InvariantCulture);
            foreach (var run in new[]
            {
                GatewayCli.Run("message", "show", idText, "--payload", "--config", env.ConfigPath),
                GatewayCli.Run("message", "timeline", idText, "--config", env.ConfigPath),
            })
            {
                seen.AppendLine(run.Out).AppendLine(run.Error);
            }
        }

        var list = GatewayCli.Run("queue", "list", "--json", "--config", env.ConfigPath);
        seen.AppendLine(list.Out).AppendLine(list.Error);
        foreach (var kind in reports)
        {
            var report = GatewayCli.Run("report", kind, "--format", "csv", "--config", env.ConfigPath);
            Assert.True(report.ExitCode == 0, report.Error);
            seen.AppendLine(report.Out).AppendLine(report.Error);
        }

        var everything = seen.ToString();
        var files = Directory.GetFiles(env.Directory, "*", SearchOption.AllDirectories);
        foreach (var (where, canary) in canaries)
        {
            Assert.False(everything.Contains(canary, StringComparison.Ordinal), $"the {where} canary is in an API answer or CLI output");
            Assert.DoesNotContain(files, f => Path.GetFileName(f).Contains(canary, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(env.DatabasePath)!).Concat(Directory.GetFiles(env.LogDirectory)))
        {
            var bytes = await ReadIfStillThereAsync(file);
            foreach (var (where, canary) in canaries)
            {
                Assert.False(Contains(bytes, Encoding.ASCII.GetBytes(canary)), $"the {where} canary is in plain text in {Path.GetFileName(file)}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(canary)), $"the {where} canary is in UTF-16 text in {Path.GetFileName(file)}");
            }
        }
    }

    [GeneratedRegex(@"<(?<p>[A-Za-z0-9_]+):Bsn>[0-9]+</\k<p>:Bsn>", RegexOptions.CultureInvariant)]
    private static partial Regex BsnElement();

    /// <summary>SQLite removes -wal and -shm when the last connection closes (another test may clear the pools): then nothing is left to leak.</summary>
    private static async Task<byte[]> ReadIfStillThereAsync(string file)
    {
        try
        {
            return await File.ReadAllBytesAsync(file);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
