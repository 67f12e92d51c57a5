using Microsoft.Extensions.Options;

namespace Gateway.Host.Metrics;

/// <summary>An OTLP endpoint, when given, is an absolute http(s) address.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var problems = new List<string>();
        if (options.OtlpEndpoint is { Length: > 0 } endpoint && !IsHttpAddress(endpoint))
        {
            problems.Add($"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.OtlpEndpoint)}: '{endpoint}' is not an absolute http:// or https:// address (for example http://127.0.0.1:4317).");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            problems.Add($"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.ServiceName)}: must not be empty.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static bool IsHttpAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
