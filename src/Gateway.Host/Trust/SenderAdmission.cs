using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Pipeline;

namespace Gateway.Host.Trust;

/// <summary>The gate's verdict on one request: the sender's scope for the pipeline, or the Fo03 to answer instead.</summary>
internal sealed record SenderAdmission(SenderScope? Scope, Fo03? Refusal)
{
    /// <summary>Nothing to check (not a Di01, Du01 or Fo01: the endpoint refuses those itself).</summary>
    public static SenderAdmission Unchecked { get; } = new(null, null);
}
