using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Demo;

/// <summary>
/// The demo's back office that refuses one message for good: the first start (305) it is sent is answered 400 every
/// time, so the gateway dead-letters that delivery at once and a newcomer has a dead letter to practise replay with.
/// </summary>
internal sealed class BackOfficeRefusal
{
    /// <summary>The message code refused.</summary>
    public const string RefusedCode = "305";

    private long _refused;

    /// <summary>The id of the refused message, or 0 while none has come.</summary>
    public long RefusedMessageId => Interlocked.Read(ref _refused);

    /// <summary>For <see cref="BackOfficeSink.Answer"/>: 400 for the chosen message, 200 for every other.</summary>
    public int Answer(ReceivedByBackOffice received)
    {
        if (received.MessageCode == RefusedCode)
        {
            Interlocked.CompareExchange(ref _refused, received.MessageId, 0);
        }

        return received.MessageId == RefusedMessageId ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }
}
