using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>
/// GET /api/operator/reports/{kind} over real loopback HTTP with the demo region's operators: the region's (<c>*</c>) and
/// Amsterdam's (0363 only).
/// </summary>
public sealed class ReportsApiTests : IAsyncLifetime
{
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Reports_WithoutOrWithAWrongKey_401()
    {
        using var without = await _gateway.Http.GetAsync("api/operator/reports/zorg");
        using var wrong = await _gateway.OperatorAsync(HttpMethod.Get, "reports/zorg", apiKey: "not-an-operator-key");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Reports_GemeenteOperatorAskingAnotherGemeente_403NamingTheParameter()
    {
        using var other = await _gateway.OperatorAsync(HttpMethod.Get, "reports/declaraties?gemeente=0599", RunningGateway.AmsterdamOperatorKey);
        using var mixed = await _gateway.OperatorAsync(HttpMethod.Get, "reports/declaraties?gemeente=0363&gemeente=0599&format=csv", RunningGateway.AmsterdamOperatorKey);

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mixed.StatusCode);
        var problem = await ProblemAsync(other);
        Assert.Equal("gemeente", problem.GetProperty("parameter").GetString());
        Assert.Equal("gemeente 0599 is not yours to see: ask for your own (0363), or leave gemeente out.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Reports_Mistakes_400ProblemNamingTheParameter()
    {
        (string Query, string Parameter, string Title)[] cases =
        [
            ("reports/zorgen", "kind", "kind: 'zorgen' is not one of: zorg, productie, declaraties, afwijzingen, doorlooptijden, plafonds"),
            ("reports/zorg?from=2026-13", "from", "from: '2026-13' is not a month like 2026-03"),
            ("reports/zorg?from=2026-06&to=2026-03", "from", "from 2026-06 is after to 2026-03"),
            ("reports/zorg?from=2020-01&to=2026-01", "to", "from 2020-01 to to 2026-01 is 73 months; a report covers at most 36: ask for a shorter range"),
            ("reports/zorg?format=table", "format", "format: 'table' is not one of: json, csv, xlsx"),
            ("reports/zorg?gemeente=363", "gemeente", "gemeente: '363' is not a gemeentecode (4 digits, like 0363)"),
            ("reports/zorg?aanbieder=12", "aanbieder", "aanbieder: '12' is not an AGB code (8 digits, like 12345678)"),
            ("reports/zorg?extern=misschien", "extern", "extern: 'misschien' is not true or false"),
        ];
        foreach (var (query, parameter, title) in cases)
        {
            using var response = await _gateway.OperatorAsync(HttpMethod.Get, query);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {response.StatusCode}");
            var problem = await ProblemAsync(response);
            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            Assert.Equal(title, problem.GetProperty("title").GetString());
        }
    }

    // Needs the report builder (FigureReports.BuildAsync) and the store's figure source.
    [Fact]
    public async Task Reports_Csv_AnAttachmentNamedAfterTheKindAndMonths()
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Get, "reports/declaraties?from=2026-01&to=2026-06&format=csv");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("stuurinformatie-declaraties-2026-01-2026-06.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), body[..3]);
    }

    // Needs the report builder (FigureReports.BuildAsync) and the store's figure source.
    [Fact]
    public async Task Reports_GemeenteOperatorAskingNoGemeente_JsonOfTheirOwn()
    {
        using var response = await _gateway.OperatorAsync(HttpMethod.Get, "reports/zorg?from=2026-01&to=2026-03&extern=true", RunningGateway.AmsterdamOperatorKey);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        Assert.Null(response.Content.Headers.ContentDisposition);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("zorg", root.GetProperty("kind").GetString());
        Assert.Equal(["0363"], root.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Onderdrukt", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
