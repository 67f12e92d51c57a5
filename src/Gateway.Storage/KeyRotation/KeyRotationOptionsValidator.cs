using Microsoft.Extensions.Options;

namespace Gateway.Storage.KeyRotation;

/// <summary>Turns <see cref="KeyRotationOptions.Validate"/> into options validation (every problem at once).</summary>
internal sealed class KeyRotationOptionsValidator : IValidateOptions<KeyRotationOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRotationOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
