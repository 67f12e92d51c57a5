using System.Globalization;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>Checks the outbox limits at start.</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFileBytes is <= 0 or > OutboxOptions.MaxMaxFileBytes)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{OutboxOptions.SectionName}:MaxFileBytes must be between 1 and {OutboxOptions.MaxMaxFileBytes} (now {options.MaxFileBytes}); the default is the hub's 25 MB ({OutboxOptions.DefaultMaxFileBytes})."));
        }

        if (options.HandledFileRetention < OutboxOptions.MinimumHandledFileRetention)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{OutboxOptions.SectionName}:HandledFileRetention must be at least {OutboxOptions.MinimumHandledFileRetention} (now {options.HandledFileRetention}); the default is {OutboxOptions.DefaultHandledFileRetention.TotalDays} days."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
