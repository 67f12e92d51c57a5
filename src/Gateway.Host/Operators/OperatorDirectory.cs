using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Operators;

/// <summary>Finds the operator of an API key; compares keys in constant time.</summary>
internal sealed class OperatorDirectory(IOptions<OperatorsOptions> options)
{
    public const string ApiKeyHeader = "X-Api-Key";

    public OperatorAccount? Authenticate(string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(apiKey);
        OperatorAccount? found = null;
        foreach (var account in options.Value.Accounts)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(account.ApiKey)))
            {
                found = new OperatorAccount(account.Name, account.Gemeenten.ToHashSet(StringComparer.Ordinal));
            }
        }

        return found;
    }
}
