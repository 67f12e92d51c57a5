using Gateway.Routing.Reference;
using Microsoft.Extensions.Options;

namespace Gateway.Routing.Contracts;

/// <summary>Checks Gateway:Contracts, naming the key to fix; the files' content is checked when they load.</summary>
public sealed class ContractsOptionsValidator : IValidateOptions<ContractsOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, ContractsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ConfiguredReferencePath is { } reference && !File.Exists(Path.Combine(reference, ReferenceData.GemeentenFile)))
        {
            failures.Add($"{ContractsOptions.SectionName}:ReferencePath '{reference}' has no {ReferenceData.GemeentenFile}: point it at the region's reference directory, or leave it empty to run without TR378/TR381.");
        }

        if (options.ConfiguredContractsFile is { } contracts && !File.Exists(contracts))
        {
            failures.Add($"{ContractsOptions.SectionName}:ContractsFile '{contracts}' does not exist: point it at the region's contracts.json, or leave it empty to run without the contract rules.");
        }

        if (options.CheckInterval < TimeSpan.Zero)
        {
            failures.Add($"{ContractsOptions.SectionName}:CheckInterval cannot be negative (e.g. 00:00:05; 00:00:00 looks at the files on every use).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
