using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Console;

/// <summary>
/// Who may sign in to the console: an operator with the key of the operator API (their gemeenten unchanged), or a back
/// office with its gemeentecode and the key it uses on the back-office API (that one gemeente). The signed-in account
/// travels in the console's cookie as claims and is read back as the <see cref="OperatorAccount"/> the queries take.
/// </summary>
internal sealed class ConsoleAccounts(OperatorDirectory operators, IOptions<RegionOptions> region)
{
    public const string Scheme = "GatewayConsole";
    public const string GemeenteClaim = "gateway:gemeente";
    public const string KindClaim = "gateway:kind";
    public const string BackOfficePrefix = "backoffice-console:";

    /// <summary>The operator of an operator API key; null for a wrong key.</summary>
    public ClaimsPrincipal? SignInOperator(string? apiKey) =>
        operators.Authenticate(apiKey) is { } account ? Principal(account, ConsoleAccountKind.Operator) : null;

    /// <summary>The back office of a gemeente of the region, with its own key; null for an unknown gemeente or a wrong key.</summary>
    public ClaimsPrincipal? SignInBackOffice(string? gemeentecode, string? apiKey)
    {
        var gemeente = region.Value.Gemeenten.FirstOrDefault(g => g.Code == gemeentecode?.Trim());
        if (gemeente?.BackOffice.ApiKey is not { Length: > 0 } key || string.IsNullOrEmpty(apiKey)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(apiKey), Encoding.UTF8.GetBytes(key)))
        {
            return null;
        }

        var account = new OperatorAccount(BackOfficePrefix + gemeente.Code, new HashSet<string>(StringComparer.Ordinal) { gemeente.Code });
        return Principal(account, ConsoleAccountKind.BackOffice);
    }

    /// <summary>The account a signed-in user acts as; null when the cookie carries none.</summary>
    public static OperatorAccount? Account(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }

        return new OperatorAccount(name, user.FindAll(GemeenteClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether the signed-in user is a back office (which may replace a held 325 with its own).</summary>
    public static ConsoleAccountKind Kind(ClaimsPrincipal user) =>
        user.FindFirst(KindClaim)?.Value == nameof(ConsoleAccountKind.BackOffice) ? ConsoleAccountKind.BackOffice : ConsoleAccountKind.Operator;

    private static ClaimsPrincipal Principal(OperatorAccount account, ConsoleAccountKind kind)
    {
        List<Claim> claims = [new(ClaimTypes.Name, account.Name), new(KindClaim, kind.ToString())];
        claims.AddRange(account.Gemeenten.Order(StringComparer.Ordinal).Select(g => new Claim(GemeenteClaim, g)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }
}
