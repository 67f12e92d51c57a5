using Microsoft.Extensions.Options;

namespace Gateway.Storage;

/// <summary>Turns <see cref="StorageOptions.Validate"/> into options validation.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
