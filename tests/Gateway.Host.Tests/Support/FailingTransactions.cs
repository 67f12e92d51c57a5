using System.Reflection;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// The store's transaction factory failing on demand: while <see cref="Failing"/> is set, <see cref="IMessageStore.BeginAsync"/>
/// fails as on a full disk or a lost volume; everything else is the real store. The test composes it in place of the
/// store's <see cref="IMessageStore"/>; production code does not know it.
/// </summary>
internal class FailingTransactions : DispatchProxy
{
    private IMessageStore _inner = null!;

    public static bool Failing { get; set; }

    public static IMessageStore Around(IMessageStore inner)
    {
        var proxy = Create<IMessageStore, FailingTransactions>();
        ((FailingTransactions)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (Failing && targetMethod!.Name == nameof(IMessageStore.BeginAsync))
        {
            return Task.FromException<IStoreTransaction>(new IOException("disk full (simulated)"));
        }

        try
        {
            return targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
