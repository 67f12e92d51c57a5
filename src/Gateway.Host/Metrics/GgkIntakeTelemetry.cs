using System.Diagnostics;
using System.Globalization;
using Gateway.Routing.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Metrics;

/// <summary>
/// Around the GGk intake endpoint: the span <c>gateway.ggk.intake</c> (the pipeline's spans are its children; the handler
/// tags it with the stored message id) and the intake latency histogram, from the POST arriving to the acknowledgement
/// (or Fo03) being written, labelled with the HTTP status only.
/// </summary>
internal sealed class GgkIntakeTelemetry(GatewayMetrics metrics, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        using var span = GatewayActivity.Start("gateway.ggk.intake", kind: ActivityKind.Server);
        var started = time.GetTimestamp();
        try
        {
            return await next(context);
        }
        finally
        {
            var status = context.HttpContext.Response.StatusCode;
            span?.SetTag("http.response.status_code", status);
            metrics.IntakeCompleted(time.GetElapsedTime(started), status.ToString(CultureInfo.InvariantCulture));
        }
    }
}
