using Microsoft.Extensions.Options;

namespace Gateway.Routing.Retry;

/// <summary>Checks the Retry section, every problem with its full key.</summary>
public sealed class RetryOptionsValidator : IValidateOptions<RetryOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, RetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"{RetryOptions.SectionName}:BaseDelay must be a positive time span like 00:05:00 (default {RetryOptions.DefaultBaseDelay}).");
        }
        else if (options.MaxDelay < options.BaseDelay)
        {
            failures.Add($"{RetryOptions.SectionName}:MaxDelay must be at least {RetryOptions.SectionName}:BaseDelay ({options.BaseDelay}); default {RetryOptions.DefaultMaxDelay}.");
        }
        else if (options.Horizon < options.MaxDelay)
        {
            failures.Add($"{RetryOptions.SectionName}:Horizon must be at least {RetryOptions.SectionName}:MaxDelay ({options.MaxDelay}); default {RetryOptions.DefaultHorizon}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
