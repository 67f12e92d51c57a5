using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Support;

/// <summary>Hands out R0001, R0002 … and remembers for which message types.</summary>
internal sealed class SequentialIdentificaties(string prefix = "R") : IIdentificatieGenerator
{
    private int _next;

    public List<MessageCode> Requested { get; } = [];

    public string Next(MessageCode message)
    {
        Requested.Add(message);
        _next++;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{_next:D4}");
    }
}
