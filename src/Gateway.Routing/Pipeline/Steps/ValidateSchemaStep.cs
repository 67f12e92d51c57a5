using Gateway.Messages.Rules;
using Gateway.Messages.Validation;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Level 1: size, encoding, safe XML, the XSD of the message's standard and release, and reading into the model.
/// A failure is a normal outcome, not an error: the message is refused at transport level (Fo01 StUF055 inbound,
/// refused with its issues outbound) and gets no retour.
/// </summary>
internal sealed class ValidateSchemaStep(MessagesOptions options) : IPipelineStep
{
    // Level 2 runs in its own step; this validator stops after level 1 and the model.
    private readonly MessageValidator _validator = new(options, new Level2Validator([]));

    public string Name => "ValidateSchema";

    public ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var result = _validator.Validate(context.Payload);
        context.Validation = result;
        context.Identity ??= result.Identity;
        if (result.PassedLevel1 || context.Refusal is not null)
        {
            return ValueTask.CompletedTask;
        }

        var first = result.Issues.FirstOrDefault();
        var where = first?.Path is null ? "" : $" at {first.Path}";
        context.Refusal = new TransportRefusal(
            TransportRefusal.StUF055,
            $"Level 1: {result.Issues.Count} issue(s); first {first?.Code}{where}: {first?.Message}",
            context.Envelope?.Referentienummer);
        context.RefusalIssues.AddRange(result.Issues);
        return ValueTask.CompletedTask;
    }
}
