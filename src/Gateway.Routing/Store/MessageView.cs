namespace Gateway.Routing.Store;

/// <summary>A message with its decrypted payload (null when purged by retention).</summary>
public sealed record MessageView(StoredMessage Message, byte[]? Payload);
