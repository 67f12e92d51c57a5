using Gateway.Routing.Store;
using Microsoft.Extensions.Options;

namespace Gateway.Routing.Delivery;

/// <summary>Checks the Delivery section, every problem with its full key.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BatchSize < 1 || options.MaxParallelPerDestination < 1)
        {
            failures.Add($"{DeliveryOptions.SectionName}:BatchSize and {DeliveryOptions.SectionName}:MaxParallelPerDestination must be at least 1 (defaults {DeliveryOptions.DefaultBatchSize} and {DeliveryOptions.DefaultMaxParallelPerDestination}).");
        }
        else
        {
            var rounds = (options.BatchSize + options.MaxParallelPerDestination - 1) / options.MaxParallelPerDestination;
            // A claimed delivery may wait for BatchSize / MaxParallel rounds in its destination's bulkhead, and its last
            // attempt needs the time to record its result as well.
            var needed = options.AttemptTimeout * rounds + DeliveryOptions.RecordMargin;
            if (options.LeaseDuration <= needed)
            {
                failures.Add($"{DeliveryOptions.SectionName}:LeaseDuration must exceed {DeliveryOptions.SectionName}:AttemptTimeout × ceil(BatchSize / MaxParallelPerDestination) + {DeliveryOptions.RecordMargin.TotalSeconds:0} s to record = {needed}, or a lease may expire while its delivery waits.");
            }
        }

        if (options.RefusedPayloadRetention <= TimeSpan.Zero || options.RefusedPayloadRetention > options.PayloadRetention)
        {
            failures.Add($"{DeliveryOptions.SectionName}:RefusedPayloadRetention must be positive and at most {DeliveryOptions.SectionName}:PayloadRetention ({options.PayloadRetention}), e.g. 7.00:00:00.");
        }

        if (options.DedupKeyRetention < RetentionPolicy.MinimumDedupKeyAge)
        {
            failures.Add($"{DeliveryOptions.SectionName}:DedupKeyRetention must be at least {RetentionPolicy.MinimumDedupKeyAge.TotalDays} days: a partner can resend for that long.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
