using Microsoft.Extensions.Options;

namespace Gateway.Messages.Validation;

/// <summary>Checks the Messages section, every problem with its full key.</summary>
public sealed class MessagesOptionsValidator : IValidateOptions<MessagesOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, MessagesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SchemaRoot))
        {
            failures.Add($"{MessagesOptions.SectionName}:SchemaRoot is empty: name the folder holding the schema packs (default '{MessagesOptions.DefaultSchemaRoot}').");
        }

        if (options.MaxDocumentBytes <= 0)
        {
            failures.Add($"{MessagesOptions.SectionName}:MaxDocumentBytes must be a positive number of bytes (default {MessagesOptions.DefaultMaxDocumentBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
