using Gateway.Messages.Validation;

namespace Gateway.Routing.Pipeline;

/// <summary>What happened to a submission.</summary>
/// <param name="MessageId">The stored message (also for a refused one: it is kept for the audit trail).</param>
/// <param name="Queued">True when it waits for the hub; false when refused or a duplicate.</param>
/// <param name="Duplicate">True when the same message was submitted before (nothing is sent twice).</param>
/// <param name="Issues">Why it was refused; empty when queued.</param>
/// <param name="Reason">One line for the back office; never contains a BSN.</param>
public sealed record OutboundReceipt(long MessageId, bool Queued, bool Duplicate, IReadOnlyList<ValidationIssue> Issues, string Reason);
