using Gateway.Routing.Reference;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Contracts;

/// <summary>Checks Gateway:Contracts at start, naming the key to fix; the files' content is checked when they load.</summary>
internal sealed class HostContractsOptionsValidator : IValidateOptions<HostContractsOptions>
{
    public ValidateOptionsResult Validate(string? name, HostContractsOptions options)
    {
        var failures = new List<string>();
        if (options.ReferencePath is { } reference && !File.Exists(Path.Combine(reference, ReferenceData.GemeentenFile)))
        {
            failures.Add($"{HostContractsOptions.SectionName}:ReferencePath '{reference}' has no {ReferenceData.GemeentenFile}: point it at the region's reference directory, or leave it empty to run without TR378/TR381.");
        }

        if (options.ContractsFile is { } contracts && !File.Exists(contracts))
        {
            failures.Add($"{HostContractsOptions.SectionName}:ContractsFile '{contracts}' does not exist: point it at the region's contracts.json, or leave it empty to run without the contract rules.");
        }

        if (options.CheckInterval < TimeSpan.Zero)
        {
            failures.Add($"{HostContractsOptions.SectionName}:CheckInterval cannot be negative (e.g. 00:00:05; 00:00:00 looks at the files on every use).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
