using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>
/// Refuses to start with a key everyone knows: every setting under "Gateway" that still holds a sample
/// <c>…-change-me</c> value (unless <see cref="SampleKeysOptions.AllowSampleKeys"/>, the demo) or a <c>REPLACE:</c>
/// placeholder (always), each named with its full key. The values themselves are never echoed.
/// </summary>
internal sealed class SampleKeysOptionsValidator(IConfiguration gateway) : IValidateOptions<SampleKeysOptions>
{
    public ValidateOptionsResult Validate(string? name, SampleKeysOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in gateway.AsEnumerable().Where(e => e.Value is { Length: > 0 }).OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase))
        {
            var text = value!.Trim();
            if (text.StartsWith(SampleKeysOptions.PlaceholderPrefix, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{key} still holds the placeholder of the sample (\"{SampleKeysOptions.PlaceholderPrefix} …\"): fill in a value of your own (a key: openssl rand -base64 32).");
            }
            else if (!options.AllowSampleKeys && text.EndsWith(SampleKeysOptions.SampleSuffix, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{key} holds a sample key (…{SampleKeysOptions.SampleSuffix}) that everyone can read in the samples: set a secret of your own (e.g. openssl rand -base64 32). Sample keys serve only in `gateway demo`.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
