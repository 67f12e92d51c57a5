using Gateway.Storage.KeyRotation;
using Microsoft.Extensions.Options;
using Quartz;

namespace Gateway.Host.Jobs;

/// <summary>
/// Moves stored rows to the current keys in the background, a few short batches per run (re-encrypted payloads, BSN
/// hashes carried to the current generation), in one instance at a time. Resumable by construction: what is left is read
/// from the rows.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RotateKeysJob(StoreKeyRotation rotation, IOptions<KeyRotationOptions> options, KeyRotationReport report, ClusterSweep cluster, ILogger<RotateKeysJob> logger) : IJob
{
    /// <summary>The sweep's cluster lease.</summary>
    public const string Lease = "key-rotation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Background)
        {
            await cluster.RunAsync(Lease, RotateAsync, cancellationToken);
        }
    }

    private async Task RotateAsync(CancellationToken cancellationToken)
    {
        if (!await rotation.AnyLeftAsync(cancellationToken))
        {
            return;
        }

        long moved = 0;
        var progress = await rotation.RunAsync(options.Value.BatchesPerSweep, batch => moved = batch.Moved, cancellationToken);
        if (moved > 0)
        {
            LogMoved(logger, moved, progress.Left - progress.Unreadable, progress.Unreadable);
        }

        if (progress.Unreadable > 0 && report.ShouldWarn(progress.Unreadable))
        {
            LogUnreadable(logger, progress.Unreadable);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Key rotation: moved {Moved} rows to the current keys; {Left} left, {Unreadable} unreadable")]
    private static partial void LogMoved(ILogger logger, long moved, long left, long unreadable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Key rotation: {Unreadable} rows cannot be moved to the current keys: their payload key id is not configured (add it to Gateway:Storage:RetiredEncryptionKeys) or their ciphertext is damaged; see 'gateway keys status'")]
    private static partial void LogUnreadable(ILogger logger, long unreadable);
}
