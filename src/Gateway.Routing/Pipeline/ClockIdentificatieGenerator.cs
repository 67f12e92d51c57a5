using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// The gateway's own identifications: "G" + the time in milliseconds (base 36, 8 characters until 2059) + a
/// process-wide counter (3 characters) — 12 characters, unique within the process and across restarts unless two
/// are made in the same millisecond by different processes; the store's unique key catches that rare case.
/// </summary>
internal sealed class ClockIdentificatieGenerator(TimeProvider time) : IIdentificatieGenerator
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private int _counter = Random.Shared.Next(36 * 36 * 36);

    public string Next(MessageCode message)
    {
        var millis = time.GetUtcNow().ToUnixTimeMilliseconds();
        var count = (uint)Interlocked.Increment(ref _counter) % (36 * 36 * 36);
        return string.Create(CultureInfo.InvariantCulture, $"G{Base36(millis, 8)}{Base36(count, 3)}");
    }

    private static string Base36(long value, int width)
    {
        Span<char> chars = stackalloc char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        return new string(chars);
    }
}
