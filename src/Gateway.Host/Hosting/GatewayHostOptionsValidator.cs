using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>Checks Gateway:Http at start.</summary>
internal sealed class GatewayHostOptionsValidator(HostPaths paths, IConfiguration configuration) : IValidateOptions<GatewayHostOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayHostOptions options)
    {
        var failures = new List<string>();
        if (options.ProtectDiagnostics && !configuration.GetSection("Gateway:Operators:Accounts").GetChildren().Any())
        {
            failures.Add("Gateway:Http:ProtectDiagnostics is true but Gateway:Operators:Accounts is empty: add an operator account whose X-Api-Key reads /metrics and /health/ready.");
        }

        if (options.RequireClientCertificate)
        {
            if (string.IsNullOrWhiteSpace(options.ClientCertificateAuthorityPath))
            {
                failures.Add("Gateway:Http:ClientCertificateAuthorityPath must be set when Gateway:Http:RequireClientCertificate is true: the CA (PEM) that issues the clients' certificates.");
            }
            else if (!File.Exists(paths.Resolve(options.ClientCertificateAuthorityPath)))
            {
                failures.Add($"Gateway:Http:ClientCertificateAuthorityPath: file not found: {paths.Resolve(options.ClientCertificateAuthorityPath)}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
