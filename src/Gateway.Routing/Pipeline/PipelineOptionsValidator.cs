using Microsoft.Extensions.Options;

namespace Gateway.Routing.Pipeline;

/// <summary>Checks the Pipeline section, every problem with its full key.</summary>
public sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EnvelopeZender))
        {
            failures.Add($"{PipelineOptions.SectionName}:EnvelopeZender is empty: name the zender of the envelopes the gateway sends (default '{PipelineOptions.DefaultEnvelopeZender}').");
        }

        if (options.CommitAttempts < 1)
        {
            failures.Add($"{PipelineOptions.SectionName}:CommitAttempts must be at least 1 (default {PipelineOptions.DefaultCommitAttempts}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
