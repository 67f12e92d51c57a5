using Gateway.Routing.Precheck;
using Serilog.Core;
using Serilog.Events;

namespace Gateway.Host.Logging;

/// <summary>
/// A pre-check runs the real pipeline and rolls it back, so its steps log what they would have done ("325 held").
/// Events inside its scope (property <see cref="MessagePrecheck.LogScope"/> = true) get <see cref="PropertyName"/>,
/// which the text templates put before the message, so such a line cannot be read as something that happened.
/// Other events do not get it (the template then renders nothing), and JSON keeps the scope property as it is.
/// </summary>
internal sealed class PrecheckEnricher : ILogEventEnricher
{
    /// <summary>The property the text templates show before the message.</summary>
    public const string PropertyName = "PrecheckMark";

    /// <summary>What a pre-check's line starts with.</summary>
    public const string Mark = "PRECHECK (rehearsal, nothing stored or sent): ";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue(MessagePrecheck.LogScope, out var value) && value is ScalarValue { Value: true })
        {
            logEvent.AddPropertyIfAbsent(new LogEventProperty(PropertyName, new ScalarValue(Mark)));
        }
    }
}
