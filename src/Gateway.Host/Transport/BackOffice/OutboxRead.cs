namespace Gateway.Host.Transport.BackOffice;

/// <summary>What reading one outbox file gave: its bytes, or why it is refused without being read.</summary>
/// <param name="Payload">The file's content; null when refused.</param>
/// <param name="Refusal">Why the file is refused, for its <c>.error.txt</c>; never contains file content.</param>
/// <param name="IsLink">True for a symbolic link: it is removed, never followed or kept.</param>
internal sealed record OutboxRead(byte[]? Payload, string? Refusal, bool IsLink = false)
{
    public static OutboxRead Refused(string refusal, bool isLink = false) => new(null, refusal, isLink);
}
