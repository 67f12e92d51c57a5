using System.Text.RegularExpressions;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Reads the root namespace (safely: no DTD, no resolver) to learn standard, message and release, and refuses a
/// message that travels the wrong way (a gemeente's message from the hub, a provider's message from a back office).
/// An unreadable or unknown document is left to level 1, which explains what is wrong.
/// </summary>
internal sealed partial class ClassifyMessageStep : ICheckStep
{
    public string Name => "ClassifyMessage";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        var identity = Classify(message.Payload);
        message = message with { Identity = identity };
        if (identity is null)
        {
            return ValueTask.FromResult(message);
        }

        var info = MessageCatalog.Get(identity.Message);
        var expected = message.Flow == Flow.Inbound ? Party.Aanbieder : Party.Gemeente;
        if (info.Sender != expected)
        {
            var way = message.Flow == Flow.Inbound ? "from the hub" : "from a back office";
            message = message.Refused(
                new TransportRefusal(
                    TransportRefusal.StUF055,
                    $"A {info.QualifiedName(identity.Standard)} ({info.Name}) is sent by a {info.Sender.ToString().ToLowerInvariant()}; the gateway does not accept it {way}.",
                    message.Envelope?.Referentienummer),
                []);
        }

        return ValueTask.FromResult(message);
    }

    private static MessageIdentity? Classify(byte[] payload)
    {
        if (PayloadRoot.NamespaceOf(payload) is not { } ns)
        {
            return null;
        }

        var match = NamespacePattern().Match(ns);
        if (!match.Success || !StandardNames.TryParse(match.Groups["std"].Value, out var standard)
            || !MessageCatalog.TryParseNumber(match.Groups["num"].Value, out var code))
        {
            return null;
        }

        return new MessageIdentity(standard, code, match.Groups["rel"].Value.Replace('_', '.'));
    }

    [GeneratedRegex(@"^http://www\.istandaarden\.nl/(?<std>ijw|iwmo)/(?<rel>[0-9]+(?:_[0-9]+)*)/(?:jw|wmo)(?<num>[0-9]{3})/schema$", RegexOptions.CultureInvariant)]
    private static partial Regex NamespacePattern();
}
