using Microsoft.Extensions.Options;

namespace Gateway.Routing.Obligations;

/// <summary>Checks the Obligations section, every problem with its full key.</summary>
public sealed class ObligationsOptionsValidator : IValidateOptions<ObligationsOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, ObligationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ApproachingWerkdagen is < 0 or > 10
            ? ValidateOptionsResult.Fail($"{ObligationsOptions.SectionName}:ApproachingWerkdagen must be between 0 and 10 working days before the due date (default {ObligationsOptions.DefaultApproachingWerkdagen}); set it in that range or remove it.")
            : ValidateOptionsResult.Success;
    }
}
