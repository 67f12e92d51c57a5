using System.Reflection;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Support;

/// <summary>A store that cannot commit while <see cref="Failing"/> is set (a full disk, a lost volume); everything else is the real store.</summary>
internal class FailingStore : DispatchProxy
{
    private IMessageStore _inner = null!;

    public static bool Failing { get; set; }

    public static IMessageStore Wrap(IMessageStore inner)
    {
        var proxy = Create<IMessageStore, FailingStore>();
        ((FailingStore)(object)proxy)._inner = inner;
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
