using Microsoft.Extensions.Options;

namespace Gateway.Host.Precheck;

/// <summary>Checks Gateway:Precheck at start: every problem at once, each with its full key and what to do.</summary>
internal sealed class PrecheckOptionsValidator : IValidateOptions<PrecheckOptions>
{
    public ValidateOptionsResult Validate(string? name, PrecheckOptions options)
    {
        var failures = new List<string>();
        if (options.MaxMessageBytes < 1)
        {
            failures.Add($"{PrecheckOptions.SectionName}:MaxMessageBytes must be at least 1 (default {PrecheckOptions.DefaultMaxMessageBytes}, the 25 MB level-1 limit).");
        }

        if (options.MaxConcurrentRequests < 1)
        {
            failures.Add($"{PrecheckOptions.SectionName}:MaxConcurrentRequests must be at least 1 (default {PrecheckOptions.DefaultMaxConcurrentRequests}).");
        }

        if (options.RetryAfterSeconds < 1)
        {
            failures.Add($"{PrecheckOptions.SectionName}:RetryAfterSeconds must be at least 1 (default {PrecheckOptions.DefaultRetryAfterSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
