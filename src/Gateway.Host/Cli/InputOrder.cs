using System.Runtime.ExceptionServices;

namespace Gateway.Host.Cli;

/// <summary>
/// Maps a list over a few threads and hands the results back in input order as soon as each is next in line.
/// The reading thread is one of the workers: while the result it needs next is not ready it maps the next unclaimed
/// item itself, and it sleeps only when every item is taken. So <c>workers</c> threads run in all (the caller and
/// <c>workers - 1</c> started here), and a batch of small items is not paid for in wake-ups of a reader that only waits.
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
        var readerWaitsFor = -1;
        var workersWaiting = 0;

        // Under the gate: the next item this thread may map, or -1 when none is free (all taken, or the window full).
        int Claim() => !stopped && claimed < items.Count && claimed - read < window ? claimed++ : -1;

        (bool, TResult?, ExceptionDispatchInfo?) Run(int index)
        {
            try
            {
                return (true, map(items[index]), null);
            }
            catch (Exception ex)
            {
                return (true, default, ExceptionDispatchInfo.Capture(ex));
            }
        }

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    while ((index = Claim()) < 0)
                    {
                        if (stopped || claimed >= items.Count)
                        {
                            return;
                        }

                        workersWaiting++;
                        Monitor.Wait(gate);
                        workersWaiting--;
                    }
                }

                var slot = Run(index);
                lock (gate)
                {
                    slots[index] = slot;
                    if (index == readerWaitsFor)
                    {
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        var threads = new Task[workers - 1];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                (bool Done, TResult? Result, ExceptionDispatchInfo? Failure) slot;
                while (true)
                {
                    int help;
                    lock (gate)
                    {
                        if (slots[i].Done)
                        {
                            slot = slots[i];
                            slots[i] = default;
                            read = i + 1;
                            if (workersWaiting > 0)
                            {
                                Monitor.PulseAll(gate);
                            }

                            break;
                        }

                        if ((help = Claim()) < 0)
                        {
                            readerWaitsFor = i;
                            Monitor.Wait(gate);
                            readerWaitsFor = -1;
                            continue;
                        }
                    }

                    var result = Run(help);
                    lock (gate)
                    {
                        slots[help] = result;
                    }
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
