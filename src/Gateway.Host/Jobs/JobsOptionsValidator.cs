using Gateway.Routing.Store;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Jobs;

internal sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in new[]
                 {
                     (nameof(options.DeliverySweep), options.DeliverySweep),
                     (nameof(options.LeaseSweep), options.LeaseSweep),
                     (nameof(options.OutboxSweep), options.OutboxSweep),
                     (nameof(options.RetentionSweep), options.RetentionSweep),
                 })
        {
            if (value < TimeSpan.FromMilliseconds(100))
            {
                failures.Add($"Gateway:Jobs:{key} must be at least 00:00:00.1 (now {value}).");
            }
        }

        if (options.DedupKeyRetention < RetentionPolicy.MinimumDedupKeyAge)
        {
            failures.Add($"Gateway:Jobs:DedupKeyRetention must be at least {RetentionPolicy.MinimumDedupKeyAge.TotalDays:0} days: partners may resend that long (now {options.DedupKeyRetention.TotalDays:0.#} days).");
        }

        if (options.PayloadRetention <= TimeSpan.Zero)
        {
            failures.Add("Gateway:Jobs:PayloadRetention must be positive (e.g. 90.00:00:00).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
