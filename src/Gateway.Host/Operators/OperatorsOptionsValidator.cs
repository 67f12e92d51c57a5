using Gateway.Host.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Operators;

/// <summary>Checks the operator accounts at start: unique names and keys, known gemeenten.</summary>
internal sealed class OperatorsOptionsValidator(IOptions<RegionOptions> region) : IValidateOptions<OperatorsOptions>
{
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, OperatorsOptions options)
    {
        var failures = new List<string>();
        var known = region.Value.Gemeenten.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            var at = $"Gateway:Operators:Accounts:{i}";
            if (string.IsNullOrWhiteSpace(account.Name))
            {
                failures.Add($"{at}:Name must be set: it names the operator in the audit trail.");
            }

            if (account.ApiKey.Length < MinimumKeyLength)
            {
                failures.Add($"{at}:ApiKey must be at least {MinimumKeyLength} characters.");
            }
            else if (!keys.Add(account.ApiKey))
            {
                failures.Add($"{at}:ApiKey is used by another operator: give each operator their own key.");
            }

            if (account.Gemeenten.Count == 0)
            {
                failures.Add($"{at}:Gemeenten is empty: list the gemeentecodes this operator may see, or \"*\".");
            }

            foreach (var code in account.Gemeenten.Where(c => c != "*" && !known.Contains(c)))
            {
                failures.Add($"{at}:Gemeenten names {code}, which is not a gemeente of Gateway:Region:Gemeenten.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
