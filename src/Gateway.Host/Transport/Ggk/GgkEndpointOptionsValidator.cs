using System.Globalization;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Checks <see cref="GgkEndpointOptions"/> at start and says what to fix, naming the configuration key.</summary>
internal sealed class GgkEndpointOptionsValidator : IValidateOptions<GgkEndpointOptions>
{
    /// <summary>Far above the GGk's 25 MB; a limit beyond this is a typo, not a plan.</summary>
    public const long MaxEnvelopeBytesCeiling = 1024L * 1024 * 1024;

    private const string S = GgkEndpointOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, GgkEndpointOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/'))
        {
            errors.Add($"{S}:Path must start with '/' (it is '{options.Path}'); the default is /ggk.");
        }

        if (options.MaxConcurrentRequests < 1)
        {
            errors.Add(Invariant($"{S}:MaxConcurrentRequests must be at least 1 (it is {options.MaxConcurrentRequests}); the default is {GgkEndpointOptions.DefaultMaxConcurrentRequests}."));
        }

        if (options.MaxEnvelopeBytes < 1024 || options.MaxEnvelopeBytes > MaxEnvelopeBytesCeiling)
        {
            errors.Add(Invariant($"{S}:MaxEnvelopeBytes must be between 1024 and {MaxEnvelopeBytesCeiling} (it is {options.MaxEnvelopeBytes}); the GGk's limit is {GgkEndpointOptions.DefaultMaxEnvelopeBytes} (25 MB)."));
        }

        if (options.MaxBytesInFlight < options.MaxEnvelopeBytes)
        {
            errors.Add(Invariant($"{S}:MaxBytesInFlight ({options.MaxBytesInFlight}) must be at least {S}:MaxEnvelopeBytes ({options.MaxEnvelopeBytes}), or an envelope of the largest size is never admitted; the default is {GgkEndpointOptions.DefaultMaxBytesInFlight} (two envelopes of 25 MB)."));
        }

        if (options.RetryAfter < TimeSpan.FromSeconds(1) || options.RetryAfter > TimeSpan.FromHours(1))
        {
            errors.Add(Invariant($"{S}:RetryAfter must be between 00:00:01 and 01:00:00 (it is {options.RetryAfter}); the default is {GgkEndpointOptions.DefaultRetryAfter}."));
        }

        if (options.BodyReadTimeout < TimeSpan.FromSeconds(1) || options.BodyReadTimeout > TimeSpan.FromHours(1))
        {
            errors.Add(Invariant($"{S}:BodyReadTimeout must be between 00:00:01 and 01:00:00 (it is {options.BodyReadTimeout}); the default is {GgkEndpointOptions.DefaultBodyReadTimeout}."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
