namespace Gateway.Routing.Pipeline;

/// <summary>A message a back office hands in for the hub (301, 319, or a 325 override).</summary>
/// <param name="Payload">The iStandaarden document.</param>
/// <param name="Gemeentecode">The gemeente whose back office submits it; it may only send for itself.</param>
/// <param name="SubmittedBy">Who handed it in (API key name, directory), for the audit trail.</param>
public sealed record OutboundSubmission(byte[] Payload, string Gemeentecode, string SubmittedBy);
