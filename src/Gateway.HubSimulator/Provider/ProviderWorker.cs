using Microsoft.Extensions.Hosting;

namespace Gateway.HubSimulator.Provider;

/// <summary>Runs the provider's background work: answering 301/319 and, when configured, steady traffic.</summary>
internal sealed class ProviderWorker(ProviderSimulator provider, HubSimulatorOptions options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var answering = AnswerAsync(stoppingToken);
        var traffic = options.TrafficInterval is { } interval && options.GatewayUrl is not null
            ? TrafficAsync(interval, stoppingToken)
            : Task.CompletedTask;
        await Task.WhenAll(answering, traffic).ConfigureAwait(false);
    }

    private async Task AnswerAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var envelope in provider.ToAnswer.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await provider.AnswerAsync(envelope, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task TrafficAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, options.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await provider.SendRandomAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
