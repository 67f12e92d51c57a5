using Gateway.Messages.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace Gateway.Host.Logging;

/// <summary>
/// Last line of defence in the logs: every text property of every event (request paths included) passes through
/// <see cref="BsnRedactor"/> before any sink sees it. Call sites still redact what they log; this catches what they miss.
/// </summary>
internal sealed class BsnRedactingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && BsnRedactor.Redact(text) is var redacted && redacted != text)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }
    }
}
