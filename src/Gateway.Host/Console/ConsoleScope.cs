using Gateway.Host.Operators;
using Gateway.Routing.Store;

namespace Gateway.Host.Console;

/// <summary>The browser's scope of a console account: the whole region, or the account's gemeenten.</summary>
internal static class ConsoleScope
{
    public static GemeenteScope Of(OperatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.SeesAll ? GemeenteScope.All : GemeenteScope.Of(account.Gemeenten);
    }
}
