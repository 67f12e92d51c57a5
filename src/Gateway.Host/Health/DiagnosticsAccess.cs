using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Health;

/// <summary>Who may read <c>/metrics</c> and the details of <c>/health/ready</c>: everyone, or with Gateway:Http:ProtectDiagnostics an operator.</summary>
internal static class DiagnosticsAccess
{
    public const string KeyRequired = "An operator API key is required in the X-Api-Key header (Gateway:Http:ProtectDiagnostics is on).";

    public static bool Allows(HttpContext http)
    {
        if (!http.RequestServices.GetRequiredService<IOptions<GatewayHostOptions>>().Value.ProtectDiagnostics)
        {
            return true;
        }

        var operators = http.RequestServices.GetRequiredService<OperatorDirectory>();
        return operators.Authenticate(http.Request.Headers[OperatorDirectory.ApiKeyHeader]) is not null;
    }
}
