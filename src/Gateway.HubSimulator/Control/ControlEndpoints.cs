using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.HubSimulator.Control;

/// <summary>The small control API of the simulator (local use: tests, demo, a curious operator).</summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, HubBehaviour behaviour, HubTraffic traffic, ProviderSimulator provider, HubSimulatorOptions options)
    {
        var control = app.MapGroup(HubSimulatorOptions.ControlPath);
        control.MapGet("/behaviour", () => View(behaviour));
        control.MapPost("/behaviour", (BehaviourChange change) =>
        {
            Apply(behaviour, change, options.Time.GetUtcNow());
            return View(behaviour);
        });
        control.MapPost("/reset", () =>
        {
            behaviour.Reset(options.MaxEnvelopeBytes);
            traffic.Clear();
            return Results.NoContent();
        });
        control.MapGet("/traffic", () => new
        {
            AcceptedPerFunctie = traffic.AcceptedPerFunctie(),
            Received = traffic.Received.Select(ToView),
            traffic.Sent,
        });
        control.MapGet("/received/{functie}", (string functie) =>
            traffic.Received.Where(r => r.Functie == functie).Select(r => new { Message = ToView(r), r.PayloadText }));
        control.MapPost("/send/{number}", async (string number, CancellationToken ct) =>
        {
            if (!MessageCatalog.TryParseNumber(number, out var code) || code is not (MessageCode.Start or MessageCode.Stop or MessageCode.VerzoekOmToewijzing or MessageCode.VerzoekOmWijziging or MessageCode.Declaratie))
            {
                return Results.BadRequest("Provider software sends 305, 307, 315, 317 or 323.");
            }

            if (options.GatewayUrl is null)
            {
                return Results.BadRequest("No gateway URL configured (--gateway).");
            }

            return Results.Ok(await provider.SendAsync(code, ct).ConfigureAwait(false));
        });
    }

    internal static void Apply(HubBehaviour behaviour, BehaviourChange change, DateTimeOffset now)
    {
        if (change.Mode is { } mode)
        {
            behaviour.Mode = mode;
        }

        if (change.Fo01Code is { Length: > 0 } code)
        {
            behaviour.Fo01Code = code;
        }

        if (change.OutageSeconds is { } outage)
        {
            behaviour.OutageUntil = outage > 0 ? now.AddSeconds(outage) : null;
        }

        if (change.FreezeSeconds is { } freeze)
        {
            behaviour.FreezeUntil = freeze > 0 ? now.AddSeconds(freeze) : null;
        }

        if (change.LatencyMs is { } latency)
        {
            behaviour.Latency = TimeSpan.FromMilliseconds(Math.Max(0, latency));
        }

        if (change.MaxEnvelopeBytes is { } max && max > 0)
        {
            behaviour.MaxEnvelopeBytes = max;
        }

        if (change.DetectDuplicates is { } duplicates)
        {
            behaviour.DetectDuplicates = duplicates;
        }
    }

    private static BehaviourView View(HubBehaviour b) =>
        new(b.Mode, b.Fo01Code, b.OutageUntil, b.FreezeUntil, (int)b.Latency.TotalMilliseconds, b.MaxEnvelopeBytes, b.DetectDuplicates);

    private static ReceivedView ToView(ReceivedMessage r) =>
        new(r.At, r.Berichtcode.ToString(), r.Functie, r.Referentienummer, r.CrossRefnummer, r.ZenderOrganisatie, r.OntvangerOrganisatie, r.Answer);
}
