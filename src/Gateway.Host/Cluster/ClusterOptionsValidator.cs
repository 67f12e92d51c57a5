using Microsoft.Extensions.Options;

namespace Gateway.Host.Cluster;

internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var instance = options.InstanceName;
        if (instance.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        return instance.Length <= ClusterOptions.MaxNameLength && instance.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ClusterOptions.SectionName}:{nameof(ClusterOptions.InstanceName)} must be at most {ClusterOptions.MaxNameLength} letters, digits, '.' or '-' (now '{instance}'): name each instance on the database differently, e.g. gateway-1.");
    }
}
