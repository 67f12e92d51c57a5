using System.CommandLine;
using Gateway.Host.Hosting;
using Gateway.Storage.KeyRotation;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway keys rotate|status`: moves the store's rows to the current keys after a key change (payload key id, BSN hash
/// key generation) and says how far it is. Counts and key ids only, never a value.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("keys", "Move stored data to the current keys after a key change, and show how far it is (works on the store file).");
        command.Subcommands.Add(Rotate(context));
        command.Subcommands.Add(Status(context));
        return command;
    }

    private static Command Rotate(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var maxBatches = new Option<int?>("--max-batches") { Description = "Stop after this many batches (run again to continue).", HelpName = "N" };
        var batchSize = new Option<int?>("--batch-size") { Description = $"Rows per batch, each its own short transaction (default Gateway:Storage:KeyRotation:BatchSize, {KeyRotationOptions.DefaultBatchSize}).", HelpName = "N" };
        var stopped = new Option<bool>("--gateway-stopped") { Description = "The gateway is not running: move rows to these keys even though the gateway last started with other ones." };
        var command = new Command("rotate", "Re-encrypt payloads and sealed envelopes under the current payload key and carry BSN and identifier hashes to the current hash key, in small batches. Resumable; safe beside a gateway that runs with the same keys (it also does this in the background).")
        {
            config, maxBatches, batchSize, stopped,
        };
        command.SetAction(async (parsed, ct) =>
        {
            if (parsed.GetValue(maxBatches) is < 1)
            {
                throw new UsageException("--max-batches must be 1 or more.");
            }

            return await OperatorStore.WithStoreAsync(parsed.GetValue(config), context, async (store, gateway, _) =>
            {
                var options = gateway.BindSection<KeyRotationOptions>(KeyRotationOptions.SectionName);
                if (parsed.GetValue(batchSize) is { } size)
                {
                    options = options with { BatchSize = size };
                }

                if (options.Validate() is { Count: > 0 } problems)
                {
                    throw new UsageException("the key rotation settings need fixing: " + string.Join(" ", problems));
                }

                var rotation = new StoreKeyRotation(store, options);
                if (await rotation.ServingKeysAsync(ct) is { } serving && serving != rotation.CurrentKeys && !parsed.GetValue(stopped))
                {
                    throw new UsageException(
                        $"the gateway on this store last started with payload key id '{serving.PayloadKeyId}' and BSN hash key generation {serving.HashGeneration}; " +
                        $"this configuration has '{rotation.CurrentKeys.PayloadKeyId}' and {rotation.CurrentKeys.HashGeneration}. A running gateway could not read rows moved to keys it does not have: " +
                        "restart the gateway with this configuration (it then moves the rows in the background; this verb may run beside it), or stop it and run again with --gateway-stopped.");
                }

                var before = await rotation.ProgressAsync(ct);
                PrintKeys(context, rotation, before);
                var progress = await rotation.RunAsync(
                    parsed.GetValue(maxBatches) ?? int.MaxValue,
                    batch => context.Out.WriteLine($"batch {batch.Number}: {batch.Column}, {batch.Moved} rows moved so far, {batch.Left} left"),
                    ct);
                var moved = before.Left - progress.Left;
                context.Out.WriteLine($"Moved {moved} rows to the current keys; {progress.Left} left.");
                return Conclude(context, rotation, progress);
            });
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var config = RunCommand.ConfigOption();
        var command = new Command("status", "Rows per payload key id and per BSN hash key generation; exit code 1 while rows are left under older keys.") { config };
        command.SetAction(async (parsed, ct) => await OperatorStore.WithStoreAsync(parsed.GetValue(config), context, async (store, gateway, _) =>
        {
            var options = gateway.BindSection<KeyRotationOptions>(KeyRotationOptions.SectionName);
            var rotation = new StoreKeyRotation(store, options.Validate().Count == 0 ? options : new KeyRotationOptions());
            var progress = await rotation.ProgressAsync(ct);
            PrintKeys(context, rotation, progress);
            return Conclude(context, rotation, progress);
        }));
        return command;
    }

    private static void PrintKeys(CliContext context, StoreKeyRotation rotation, KeyRotationProgress progress)
    {
        context.Out.WriteLine($"Current keys: payload key id {rotation.CurrentKeys.PayloadKeyId}, BSN hash key generation {rotation.CurrentKeys.HashGeneration}.");
        foreach (var column in progress.Columns)
        {
            var rows = column.Rows.Count == 0
                ? "no rows"
                : string.Join(", ", column.Rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} {Under(column, r.Key, rotation)}"));
            context.Out.WriteLine($"  {column.Column,-30} {rows}");
        }

        context.Out.WriteLine($"Rows under older keys: {progress.Left}.");
    }

    private static string Under(KeyRotationColumn column, string key, StoreKeyRotation rotation) => column.Kind switch
    {
        KeyRotationKind.Ciphertext when key == column.Current => $"under key id {key} (current)",
        KeyRotationKind.Ciphertext when !rotation.CanRead(key) => $"under key id {key} (NOT CONFIGURED: add it to Gateway:Storage:RetiredEncryptionKeys)",
        KeyRotationKind.Ciphertext => $"under key id {key}",
        _ when key == column.Current => $"in generation {key} (current)",
        _ => $"in generation {key}",
    };

    private static int Conclude(CliContext context, StoreKeyRotation rotation, KeyRotationProgress progress)
    {
        if (progress.Unreadable > 0)
        {
            context.Error.WriteLine($"gateway: {progress.Unreadable} rows could not be moved: their payload key id is not configured (add it to Gateway:Storage:RetiredEncryptionKeys) or their ciphertext is damaged.");
        }

        if (!progress.Done)
        {
            context.Out.WriteLine("Not done yet: run 'gateway keys rotate' again, or let the running gateway finish in the background.");
            return ExitCodes.Failed;
        }

        var current = rotation.CurrentKeys.PayloadKeyId;
        var used = progress.Columns.Where(c => c.Kind == KeyRotationKind.Ciphertext).SelectMany(c => c.Rows.Keys).ToHashSet(StringComparer.Ordinal);
        context.Out.WriteLine(used.All(k => k == current)
            ? "Every payload and sealed envelope is under the current key: the keys in Gateway:Storage:RetiredEncryptionKeys are no longer needed by this store (keep them for backups made before now)."
            : "Every payload and sealed envelope is under the current key.");
        if (rotation.CurrentKeys.HashGeneration > 0)
        {
            context.Out.WriteLine("Every BSN and identifier hash is in the current generation: an older hash key alone no longer opens them. Keep Gateway:Storage:PreviousBsnHashKeys as it is: the current hashes are chained through every earlier key.");
        }

        return ExitCodes.Ok;
    }
}
