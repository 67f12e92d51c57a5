using System.Diagnostics;

namespace Gateway.Routing.Diagnostics;

/// <summary>
/// The gateway's trace spans (source <see cref="SourceName"/>): GGk intake, the pipeline's check and commit phases, each
/// delivery attempt. Spans are linked by the stored message id (tag <see cref="MessageIdTag"/>), never by a BSN or any
/// other content of the message.
/// </summary>
public static class GatewayActivity
{
    /// <summary>The activity source name to subscribe to.</summary>
    public const string SourceName = "Gateway";

    /// <summary>The tag holding the store's message id.</summary>
    public const string MessageIdTag = "gateway.message_id";

    /// <summary>The source every gateway span starts from.</summary>
    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Starts a span (null when nobody listens), optionally tagged with a message id.</summary>
    public static Activity? Start(string name, long? messageId = null, ActivityKind kind = ActivityKind.Internal)
    {
        var activity = Source.StartActivity(name, kind);
        if (messageId is { } id)
        {
            activity?.SetTag(MessageIdTag, id);
        }

        return activity;
    }

    /// <summary>Tags the current span with the message id once it is known.</summary>
    public static void TagMessage(this Activity? activity, long? messageId)
    {
        if (messageId is { } id)
        {
            activity?.SetTag(MessageIdTag, id);
        }
    }
}
