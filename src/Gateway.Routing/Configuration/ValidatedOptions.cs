using Microsoft.Extensions.Options;

namespace Gateway.Routing.Configuration;

/// <summary>Runs the validators of options given as values, and reports every problem of every section at once.</summary>
internal sealed class ValidatedOptions
{
    private readonly List<string> _failures = [];

    /// <summary>Throws when the validator finds a problem in options handed to a constructor.</summary>
    public static void Require<T>(IValidateOptions<T> validator, T options)
        where T : class => new ValidatedOptions().Check(validator, options).ThrowIfAny<T>();

    /// <summary>Adds the problems the validator finds in <paramref name="options"/>.</summary>
    public ValidatedOptions Check<T>(IValidateOptions<T> validator, T options)
        where T : class
    {
        var result = validator.Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            _failures.AddRange(result.Failures ?? [result.FailureMessage]);
        }

        return this;
    }

    /// <summary>Throws one <see cref="OptionsValidationException"/> naming every problem found, if any.</summary>
    public void ThrowIfAny<T>()
    {
        if (_failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(T), _failures);
        }
    }
}
