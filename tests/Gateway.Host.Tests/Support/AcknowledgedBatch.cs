using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Host.Demo;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A batch sent through gateway processes that are killed meanwhile: the back offices' 301s, resent until accepted, and
/// the checks afterwards that every acknowledged message took effect once with one answer.
/// </summary>
internal static partial class AcknowledgedBatch
{
    /// <summary>
    /// A back office POSTs a 301 and, like any client, posts the same bytes again until it gets its 202 (after a crash
    /// too), each time to <paramref name="instance"/>(attempt). A definitive refusal (4xx: the gateway read it and said no,
    /// e.g. OP087 for a client that already has a toewijzing this 301 leaves out) is not resent: the back office allocates
    /// for another client instead. Returns the accepted 301's Identificatie.
    /// </summary>
    public static async Task<string> SubmitUntilAcceptedAsync(RunningGateway env, BackOfficeMessages documents, string gemeentecode, Func<int, HttpClient> instance, Lock gate)
    {
        for (var refusals = 0; refusals < 50; refusals++)
        {
            byte[] document;
            lock (gate)
            {
                document = documents.Toewijzing(gemeentecode, Some.Agb(env.Simulator), Some.NextClient(env.Simulator, gemeentecode, Standard.Ijw).Bsn);
            }

            var identificatie = IdentificatieOf(document);
            for (var attempt = 0; ; attempt++)
            {
                var status = await TrySubmitAsync(instance(attempt), gemeentecode, document);
                if (status == HttpStatusCode.Accepted)
                {
                    return identificatie;
                }

                if (status is { } refused && (int)refused is >= 400 and < 500 && refused is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
                {
                    break;
                }

                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"50 301s for gemeente {gemeentecode} were refused in a row");
    }

    /// <summary>
    /// Every accepted 301 is stored and reached the hub under one identity; every acknowledged heen-bericht is stored with
    /// exactly one answer, which reached the hub under one identity, and reached its back office as one message at most.
    /// </summary>
    public static async Task AssertEachOnceWithOneAnswerAsync(RunningGateway env, IMessageStore store, IEnumerable<Bericht> acknowledged, IEnumerable<KeyValuePair<string, string>> submitted)
    {
        foreach (var (identificatie, gemeentecode) in submitted)
        {
            await using var tx = await store.BeginAsync();
            Assert.True(await tx.FindByDedupKeyAsync(new DedupKey(Standard.Ijw, MessageCode.Toewijzing, gemeentecode, identificatie)) is not null, $"accepted 301 {identificatie} is not in the store");
            var identities = env.Simulator.Traffic.Received.Where(m => m.Functie == "JW301" && m.PayloadText.Contains(identificatie, StringComparison.Ordinal)).Select(m => m.Referentienummer).Distinct().Count();
            Assert.True(identities == 1, $"301 {identificatie} reached the hub with {identities} different identities");
        }

        foreach (var bericht in acknowledged)
        {
            var identificatie = bericht.Header.BerichtIdentificatie.Identificatie;
            await using var tx = await store.BeginAsync();
            var stored = await tx.FindByDedupKeyAsync(new DedupKey(bericht.Standard, bericht.Code, bericht.Header.Afzender, identificatie));
            Assert.True(stored is not null, $"acknowledged {bericht.Code} {identificatie} is not in the store");
            var answers = (await tx.FindAnswersAsync(stored.Id)).Where(a => a.Kind is MessageKind.Retour or MessageKind.DeclaratieAntwoord).ToList();
            Assert.True(answers.Count == 1, $"{bericht.Code} {identificatie} has {answers.Count} answers");

            var functie = GgkFunctie.For(bericht.Standard, MessageCatalog.Get(bericht.Code).AnswerCode!.Value);
            var atHub = env.Simulator.Traffic.Received.Where(m => m.Functie == functie && m.PayloadText.Contains(identificatie, StringComparison.Ordinal)).Select(m => m.Referentienummer).Distinct().Count();
            Assert.True(atHub == 1, $"{bericht.Code} {identificatie} reached the hub with {atHub} different answer identities");

            var routedIds = env.Sink.Received.Where(r => r.MessageCode == ((int)bericht.Code).ToString(CultureInfo.InvariantCulture)
                && Encoding.UTF8.GetString(r.Payload).Contains(identificatie, StringComparison.Ordinal)).Select(r => r.MessageId).Distinct().Count();
            Assert.True(routedIds <= 1, $"{bericht.Code} {identificatie} reached its back office as {routedIds} different messages");
        }
    }

    /// <summary>The status of one POST, or null when the gateway could not be reached (killed, starting).</summary>
    private static async Task<HttpStatusCode?> TrySubmitAsync(HttpClient http, string gemeentecode, byte[] document)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/backoffice/{gemeentecode}/messages") { Content = new ByteArrayContent(document) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            request.Headers.Add("X-Api-Key", $"backoffice-{gemeentecode}-key-change-me");
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static string IdentificatieOf(byte[] document) => IdentificatiePattern().Match(Encoding.UTF8.GetString(document)).Groups[1].Value;

    [GeneratedRegex("<ijw:Identificatie>([^<]+)<")]
    private static partial Regex IdentificatiePattern();
}
