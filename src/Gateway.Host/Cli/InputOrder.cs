using System.Runtime.ExceptionServices;

namespace Gateway.Host.Cli;

/// <summary>
/// Maps a list over a few worker threads and hands the results back in input order as soon as each is next in line.
/// Workers run at most <c>window</c> items ahead of the reader, so a slow first item does not let results pile up.
/// An exception thrown for an item is rethrown when that item's turn comes, as a serial loop would have done.
/// </summary>
internal static class InputOrder
{
    private const int WindowPerWorker = 16;

    public static IEnumerable<TResult> Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int workers)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return workers == 1 || items.Count < 2 ? items.Select(map) : Parallel(items, map, Math.Min(workers, items.Count));
    }

    private static IEnumerable<TResult> Parallel<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int workers)
    {
        var slots = new (bool Done, TResult? Result, ExceptionDispatchInfo? Failure)[items.Count];
        var gate = new object();
        var window = workers * WindowPerWorker;
        var claimed = 0;
        var read = 0;
        var stopped = false;

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    while (!stopped && claimed < items.Count && claimed - read >= window)
                    {
                        Monitor.Wait(gate);
                    }

                    if (stopped || claimed >= items.Count)
                    {
                        return;
                    }

                    index = claimed++;
                }

                (bool, TResult?, ExceptionDispatchInfo?) slot;
                try
                {
                    slot = (true, map(items[index]), null);
                }
                catch (Exception ex)
                {
                    slot = (true, default, ExceptionDispatchInfo.Capture(ex));
                }

                lock (gate)
                {
                    slots[index] = slot;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            threads[i] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                (bool Done, TResult? Result, ExceptionDispatchInfo? Failure) slot;
                lock (gate)
                {
                    while (!slots[i].Done)
                    {
                        Monitor.Wait(gate);
                    }

                    slot = slots[i];
                    slots[i] = default;
                    read = i + 1;
                    Monitor.PulseAll(gate);
                }

                slot.Failure?.Throw();
                yield return slot.Result!;
            }
        }
        finally
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }

            Task.WaitAll(threads);
        }
    }
}
