namespace Gateway.Host.Demo;

/// <summary>One message as the sink received it.</summary>
internal sealed record ReceivedByBackOffice(string Gemeentecode, long MessageId, string MessageCode, string Kind, byte[] Payload);
