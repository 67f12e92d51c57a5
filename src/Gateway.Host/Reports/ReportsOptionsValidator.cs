using Microsoft.Extensions.Options;

namespace Gateway.Host.Reports;

/// <summary>Checks the reports' settings at start.</summary>
internal sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options) =>
        options.MinimumClients < 1
            ? ValidateOptionsResult.Fail($"{ReportsOptions.SectionName}:{nameof(ReportsOptions.MinimumClients)} must be at least 1 (now {options.MinimumClients}): a row of an outside export counting fewer clients shows no figures; the default is {ReportsOptions.DefaultMinimumClients}.")
            : ValidateOptionsResult.Success;
}
