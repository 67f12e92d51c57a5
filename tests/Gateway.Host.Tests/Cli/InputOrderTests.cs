using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Cli;

public class InputOrderTests
{
    // A guard against a hang, not a measure of speed: if the items stopped running side by side, the waits below would
    // never end; they give up after this and the test fails with the reason.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public void Map_LaterItemsFinishFirst_ResultsStillInInputOrder()
    {
        // Item 0 waits until every other item has been mapped, so it is certainly the last to finish.
        const int Count = 40;
        using var othersDone = new CountdownEvent(Count - 1);
        var finished = new List<int>();

        var results = InputOrder.Map([.. Enumerable.Range(0, Count)], i =>
        {
            if (i == 0)
            {
                if (!othersDone.Wait(HangGuard))
                {
                    throw new TimeoutException("item 0 never saw the other items finish: they did not run beside it");
                }
            }
            else
            {
                othersDone.Signal();
            }

            lock (finished)
            {
                finished.Add(i);
            }

            return i * 10;
        }, workers: 4).ToList();

        Assert.Equal(Enumerable.Range(0, Count).Select(i => i * 10), results);
        Assert.Equal(0, finished[^1]);
    }

    [Fact]
    public void Map_RunsItemsAtTheSameTime_NeverMoreThanTheWorkers()
    {
        // The first two items wait for each other: with two workers they can only both finish when they overlap.
        using var bothStarted = new Barrier(2);
        var running = 0;
        var most = 0;

        var results = InputOrder.Map([.. Enumerable.Range(0, 30)], i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (i < 2)
            {
                if (!bothStarted.SignalAndWait(HangGuard))
                {
                    throw new TimeoutException("the first two items never ran at the same time");
                }
            }

            Interlocked.Decrement(ref running);
            return i;
        }, workers: 2).ToList();

        Assert.Equal(30, results.Count);
        Assert.Equal(2, most);
    }

    [Fact]
    public void Map_ItemThrows_EarlierResultsFirstThenTheSameException()
    {
        var seen = new List<int>();

        var thrown = Assert.Throws<FileNotFoundException>(() =>
        {
            foreach (var result in InputOrder.Map([.. Enumerable.Range(0, 20)], i => i == 7 ? throw new FileNotFoundException("gone", $"file{i}") : i, workers: 3))
            {
                seen.Add(result);
            }
        });

        Assert.Equal("file7", thrown.FileName);
        Assert.Equal(Enumerable.Range(0, 7), seen);
    }

    [Fact]
    public void Map_ReaderStopsEarly_WorkersStopWithinTheWindow()
    {
        var mapped = 0;

        var first = InputOrder.Map([.. Enumerable.Range(0, 10_000)], i =>
        {
            Interlocked.Increment(ref mapped);
            return i;
        }, workers: 2).Take(3).ToList();

        Assert.Equal([0, 1, 2], first);
        Assert.InRange(Volatile.Read(ref mapped), 3, 3 + (2 * 16) + 2);
    }

    [Fact]
    public void Map_TwoWorkers_TheCallerIsOneOfThem()
    {
        // Item 0 holds its thread until items 1-5 are mapped, so the other thread must map those: with two workers the
        // caller either maps item 0 itself or, while it waits for item 0, maps the others. Either way it takes part.
        var caller = Environment.CurrentManagedThreadId;
        using var othersDone = new CountdownEvent(5);
        var threads = new int[20];

        var results = InputOrder.Map([.. Enumerable.Range(0, threads.Length)], i =>
        {
            if (i == 0 && !othersDone.Wait(HangGuard))
            {
                throw new TimeoutException("items 1-5 were never mapped while item 0 waited: nobody else was mapping");
            }

            if (i is >= 1 and <= 5)
            {
                othersDone.Signal();
            }

            threads[i] = Environment.CurrentManagedThreadId;
            return i;
        }, workers: 2).ToList();

        Assert.Equal(Enumerable.Range(0, threads.Length), results);
        Assert.Contains(caller, threads);
        Assert.InRange(threads.Distinct().Count(), 1, 2);
    }

    [Fact]
    public void Map_OneWorker_MapsInOrderOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;

        var threads = InputOrder.Map([1, 2, 3], _ => Environment.CurrentManagedThreadId, workers: 1).ToList();

        Assert.All(threads, t => Assert.Equal(caller, t));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
