using Microsoft.Extensions.Options;

namespace Gateway.Routing.Declaraties;

/// <summary>Checks the Declaraties section, every problem with its full key.</summary>
public sealed class DeclaratieAntwoordOptionsValidator : IValidateOptions<DeclaratieAntwoordOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, DeclaratieAntwoordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Antwoord))
        {
            failures.Add($"{DeclaratieAntwoordOptions.SectionName}:Antwoord '{options.Antwoord}' is not Direct or HoldRejectedLines (a ceiling's own beleid decides whether its hits are held).");
        }

        if (options.TermijnWerkdagen is < 1 or > 60)
        {
            failures.Add($"{DeclaratieAntwoordOptions.SectionName}:TermijnWerkdagen must be between 1 and 60 working days (the standard says {DeclaratieAntwoordOptions.DefaultTermijnWerkdagen}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
