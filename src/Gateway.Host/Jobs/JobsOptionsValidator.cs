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
                     (nameof(options.KeyRotationSweep), options.KeyRotationSweep),
                     (nameof(options.DeadlineSweep), options.DeadlineSweep),
                     (nameof(options.InstanceNameCheck), options.InstanceNameCheck),
                 })
        {
            if (value < TimeSpan.FromMilliseconds(100))
            {
                failures.Add($"Gateway:Jobs:{key} must be at least 00:00:00.1 (now {value}).");
            }
        }

        if (options.SweepLease < TimeSpan.FromSeconds(3))
        {
            failures.Add($"Gateway:Jobs:SweepLease must be at least 00:00:03 (now {options.SweepLease}): the instance running a sweep renews its lease every third of it.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
