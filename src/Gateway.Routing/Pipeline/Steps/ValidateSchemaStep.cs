using Gateway.Messages.Rules;
using Gateway.Messages.Validation;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Level 1: size, encoding, safe XML, the XSD of the message's standard and release, and reading into the model.
/// A failure is a normal outcome, not an error: the message is refused at transport level (Fo01 StUF055 inbound,
/// refused with its issues outbound) and gets no retour. It is on the refusal route too: a message refused before it
/// (travelling the wrong way) is still read into the model, so its stored row keeps its parties; the first refusal wins.
/// </summary>
internal sealed class ValidateSchemaStep(MessagesOptions options) : ICheckStep
{
    // Level 2 runs in its own step; this validator stops after level 1 and the model.
    private readonly MessageValidator _validator = new(options, new Level2Validator([]));

    public string Name => "ValidateSchema";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        var result = _validator.Validate(message.Payload);
        message = message with { Validation = result, Identity = message.Identity ?? result.Identity };
        if (result.PassedLevel1 || message.Refusal is not null)
        {
            return ValueTask.FromResult(message);
        }

        var first = result.Issues.FirstOrDefault();
        var where = first?.Path is null ? "" : $" at {first.Path}";
        return ValueTask.FromResult(message.Refused(
            new TransportRefusal(
                TransportRefusal.StUF055,
                $"Level 1: {result.Issues.Count} issue(s); first {first?.Code}{where}: {first?.Message}",
                message.Envelope?.Referentienummer),
            result.Issues));
    }
}
