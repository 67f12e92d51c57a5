using System.Text.RegularExpressions;
using Gateway.Routing.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Region;

/// <summary>Checks the region at start, with messages that say which setting to fix.</summary>
internal sealed partial class RegionOptionsValidator : IValidateOptions<RegionOptions>
{
    public ValidateOptionsResult Validate(string? name, RegionOptions options)
    {
        var failures = new List<string>();
        if (options.Gemeenten.Count == 0)
        {
            failures.Add("Gateway:Region:Gemeenten is empty: configure at least one gemeente (Code, Name, BackOffice).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Gemeenten.Count; i++)
        {
            var gemeente = options.Gemeenten[i];
            var at = $"Gateway:Region:Gemeenten:{i}";
            if (!GemeentecodePattern().IsMatch(gemeente.Code))
            {
                failures.Add($"{at}:Code '{gemeente.Code}' is not a four-digit CBS gemeentecode (e.g. 0363).");
            }
            else if (!seen.Add(gemeente.Code))
            {
                failures.Add($"{at}:Code {gemeente.Code} appears twice: each gemeente has one back office.");
            }

            var backOffice = gemeente.BackOffice;
            switch (backOffice.Kind)
            {
                case BackOfficeKind.Http:
                    if (!Uri.TryCreate(backOffice.Endpoint, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                    {
                        failures.Add($"{at}:BackOffice:Endpoint must be an absolute http(s) URL for an Http back office (now '{backOffice.Endpoint}').");
                    }

                    if (string.IsNullOrWhiteSpace(backOffice.ApiKey) || backOffice.ApiKey.Length < 16)
                    {
                        failures.Add($"{at}:BackOffice:ApiKey must be set (at least 16 characters) for an Http back office.");
                    }

                    if (backOffice.Timeout <= TimeSpan.Zero)
                    {
                        failures.Add($"{at}:BackOffice:Timeout must be positive (e.g. 00:00:30).");
                    }

                    break;
                case BackOfficeKind.Directory:
                    if (string.IsNullOrWhiteSpace(backOffice.InboxPath) || string.IsNullOrWhiteSpace(backOffice.OutboxPath))
                    {
                        failures.Add($"{at}:BackOffice:InboxPath and OutboxPath must both be set for a Directory back office.");
                    }
                    else if (string.Equals(Path.GetFullPath(backOffice.InboxPath), Path.GetFullPath(backOffice.OutboxPath), StringComparison.Ordinal))
                    {
                        failures.Add($"{at}:BackOffice:InboxPath and OutboxPath must be different directories.");
                    }

                    break;
                default:
                    failures.Add($"{at}:BackOffice:Kind must be Http or Directory.");
                    break;
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex GemeentecodePattern();
}
