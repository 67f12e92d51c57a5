namespace Gateway.Host.Operators;

/// <summary>One attempt of a delivery.</summary>
internal sealed record AttemptView(int Attempt, string LeaseOwner, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? FailureKind, string? Error);
