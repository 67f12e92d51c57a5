using System.Text;
using Gateway.Host.Demo;
using Gateway.Host.Tests.Support;
using Gateway.Host.Transport.BackOffice;

namespace Gateway.Host.Tests.Transport.BackOffice;

/// <summary>The directory outbox of back office 0518 of a running gateway, with real files, FIFOs and links.</summary>
public sealed class OutboxPickupTests
{
    private const string SecretMarker = "encryption-key-that-must-never-leave";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sweep_LinkFifoSparseFileAndValidFile_ValidSentOthersRejectedWithReasons_JobKeepsRunning()
    {
        await using var env = await RunningGateway.StartAsync();
        var outbox = Directory.CreateDirectory(env.Outbox("0518")).FullName;
        var done = Path.Combine(outbox, OutboxPickup.DoneFolder);
        var rejected = Path.Combine(outbox, OutboxPickup.RejectedFolder);
        var secret = Path.Combine(env.Directory, "secret-keys.json");
        await File.WriteAllTextAsync(secret, "{\"EncryptionKey\":\"" + SecretMarker + "\"}");

        File.CreateSymbolicLink(Path.Combine(outbox, "a-link.xml"), secret);
        OutboxFileReaderTests.MakeFifo(Path.Combine(outbox, "b-fifo.xml"));
        var staging = Path.Combine(outbox, ".c-huge.xml.tmp");
        using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        File.Move(staging, Path.Combine(outbox, "c-huge.xml"));
        var backOffice = new BackOfficeClient(env.Http, env.BaseUrl);
        var valid = backOffice.Drop(outbox, Toewijzing(env));

        Assert.True(
            // The end state: the sweep writes a refused file's error before it moves the file into rejected/.
            await RunningGateway.EventuallyAsync(
                () => Count(done, "*.xml") == 1 && Count(rejected, "*" + OutboxPickup.ErrorSuffix) == 3
                    && File.Exists(Path.Combine(rejected, "b-fifo.xml")) && File.Exists(Path.Combine(rejected, "c-huge.xml")),
                Patience),
            $"done/ holds {Count(done, "*.xml")} files, rejected/ {Count(rejected, "*" + OutboxPickup.ErrorSuffix)} error files");
        Assert.True(File.Exists(Path.Combine(done, Path.GetFileName(valid))));
        Assert.Contains("symbolic link", Error(rejected, "a-link.xml"), StringComparison.Ordinal);
        Assert.Contains("not a regular file", Error(rejected, "b-fifo.xml"), StringComparison.Ordinal);
        Assert.Contains("3221225472 bytes, more than the limit", Error(rejected, "c-huge.xml"), StringComparison.Ordinal);
        Assert.Null(new FileInfo(Path.Combine(rejected, "a-link.xml")).LinkTarget);
        Assert.False(File.Exists(Path.Combine(rejected, "a-link.xml")), "the link is removed, not kept");
        Assert.True(File.Exists(Path.Combine(rejected, "b-fifo.xml")));
        Assert.True(File.Exists(Path.Combine(rejected, "c-huge.xml")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(outbox, OutboxPickup.ProcessingFolder)));
        Assert.Contains(SecretMarker, await File.ReadAllTextAsync(secret), StringComparison.Ordinal);

        // The job still runs after the bad files: the next good one is picked up too.
        var next = backOffice.Drop(outbox, Toewijzing(env));
        Assert.True(await RunningGateway.EventuallyAsync(() => File.Exists(Path.Combine(done, Path.GetFileName(next))), Patience), "the sweep stopped after the bad files");
        Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Count(m => m.Functie == "JW301") >= 2, Patience));

        // Nothing the link pointed at was stored as a message.
        for (long id = 1; await env.Store.GetMessageAsync(id) is not null; id++)
        {
            var payload = await env.Store.ReadPayloadAsync(id) ?? [];
            Assert.DoesNotContain(SecretMarker, Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sweep_FileThatKeepsFailing_LoggedOnce_OtherFilesStillPickedUp()
    {
        await using var env = await RunningGateway.StartAsync();
        var outbox = Directory.CreateDirectory(env.Outbox("0518")).FullName;
        var done = Path.Combine(outbox, OutboxPickup.DoneFolder);

        // rejected/ cannot be made (a file has its name), so the FIFO can be neither read nor rejected, on every sweep.
        await File.WriteAllTextAsync(Path.Combine(outbox, OutboxPickup.RejectedFolder), "in the way");
        OutboxFileReaderTests.MakeFifo(Path.Combine(outbox, "stuck-fifo.xml"));
        Assert.True(
            await RunningGateway.EventuallyAsync(() => File.Exists(Path.Combine(outbox, OutboxPickup.ProcessingFolder, "stuck-fifo.xml")), Patience),
            "the FIFO was not claimed");

        // Each good file needs a sweep of its own, with the stuck file tried again each time.
        var backOffice = new BackOfficeClient(env.Http, env.BaseUrl);
        for (var i = 0; i < 4; i++)
        {
            var file = backOffice.Drop(outbox, Toewijzing(env));
            Assert.True(await RunningGateway.EventuallyAsync(() => File.Exists(Path.Combine(done, Path.GetFileName(file))), Patience), $"good file {i} was not picked up");
        }

        await env.StopGatewayAsync();
        var lines = Directory.GetFiles(env.LogDirectory).SelectMany(File.ReadAllLines).Where(l => l.Contains("stuck-fifo.xml", StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.Contains("IOException", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_HardLinkToConfigAndLinkToDirectory_RefusedAndRemoved_TargetsUntouchedAndNeverStored()
    {
        await using var env = await RunningGateway.StartAsync();
        var outbox = Directory.CreateDirectory(env.Outbox("0518")).FullName;
        var rejected = Path.Combine(outbox, OutboxPickup.RejectedFolder);
        var secret = Path.Combine(env.Directory, "gateway.json");
        await File.WriteAllTextAsync(secret, "{\"EncryptionKey\":\"" + SecretMarker + "\"}");
        var elsewhere = Directory.CreateDirectory(Path.Combine(env.Directory, "elsewhere")).FullName;
        var behindLink = Path.Combine(elsewhere, "inside.xml");
        await File.WriteAllTextAsync(behindLink, SecretMarker);

        OutboxFileReaderTests.MakeHardLink(secret, Path.Combine(outbox, "a-hard.xml"));
        Directory.CreateSymbolicLink(Path.Combine(outbox, "b-dir.xml"), elsewhere);

        // The end state: both error files written and both links gone (the sweep writes the error, then removes the link).
        Assert.True(
            await RunningGateway.EventuallyAsync(() => Count(rejected, "*" + OutboxPickup.ErrorSuffix) == 2 && Directory.GetFileSystemEntries(outbox, "*.xml").Length == 0, Patience),
            $"rejected/ holds {Count(rejected, "*" + OutboxPickup.ErrorSuffix)} error files; outbox holds {Directory.GetFileSystemEntries(outbox, "*.xml").Length} .xml entries");
        Assert.Contains("hard link", Error(rejected, "a-hard.xml"), StringComparison.Ordinal);
        Assert.Contains("symbolic link", Error(rejected, "b-dir.xml"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(outbox, OutboxPickup.ProcessingFolder)));
        Assert.Empty(Directory.GetFileSystemEntries(rejected, "*.xml"));
        Assert.Contains(SecretMarker, await File.ReadAllTextAsync(secret), StringComparison.Ordinal);
        Assert.Equal(1u, LinkCount(secret));
        Assert.Equal(SecretMarker, await File.ReadAllTextAsync(behindLink));
        for (long id = 1; await env.Store.GetMessageAsync(id) is not null; id++)
        {
            Assert.DoesNotContain(SecretMarker, Encoding.UTF8.GetString(await env.Store.ReadPayloadAsync(id) ?? []), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(OutboxPickup.ProcessingFolder)]
    [InlineData(OutboxPickup.DoneFolder)]
    [InlineData(OutboxPickup.RejectedFolder)]
    public async Task Sweep_HandledFolderIsALinkToAnotherFolder_NothingReadWrittenOrDeletedThere_LoggedOnce(string folder)
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var outbox = Directory.CreateDirectory(env.Outbox("0518")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(env.Directory, "elsewhere")).FullName;
        var old = DateTime.UtcNow - TimeSpan.FromDays(400);
        var leftover = Path.Combine(elsewhere, "leftover.xml");
        var content = Toewijzing(env);
        await File.WriteAllBytesAsync(leftover, content);
        File.SetLastWriteTimeUtc(leftover, old);
        Directory.CreateSymbolicLink(Path.Combine(outbox, folder), elsewhere);
        var backOffice = new BackOfficeClient(env.Http, env.BaseUrl);
        var waiting = backOffice.Drop(outbox, Toewijzing(env));
        var refused = Path.Combine(outbox, "refused-fifo.xml");
        OutboxFileReaderTests.MakeFifo(refused);

        await env.StartGatewayAsync();
        Assert.True(
            await RunningGateway.EventuallyAsync(() => LogLines(env, "is not picked up").Count > 0, Patience),
            "the linked folder was not reported");
        Assert.Null(await env.Store.GetMessageAsync(1));
        await env.StopGatewayAsync();

        Assert.Equal([leftover], Directory.GetFileSystemEntries(elsewhere));
        Assert.Equal(content, await File.ReadAllBytesAsync(leftover));
        Assert.True(File.Exists(waiting), "the outbox waits until its folder is fixed");
        Assert.True(File.Exists(refused), "a file that would be refused waits too");
        Assert.Single(LogLines(env, "is not picked up"));
    }

    private static List<string> LogLines(RunningGateway env, string text) => !Directory.Exists(env.LogDirectory)
        ? []
        : [.. Directory.GetFiles(env.LogDirectory).SelectMany(ReadShared).Where(l => l.Contains(text, StringComparison.Ordinal))];

    private static IEnumerable<string> ReadShared(string file)
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return reader.ReadToEnd().Split('\n');
    }

    private static uint LinkCount(string path) => LinuxFiles.StatEntry(path)!.Value.Nlink;

    private static byte[] Toewijzing(RunningGateway env) =>
        Some.BackOfficeDocuments().Toewijzing("0518", Some.Agb(env.Simulator), Some.NextClient(env.Simulator, "0518").Bsn);

    private static int Count(string folder, string pattern) => Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Length : 0;

    private static string Error(string rejected, string name) => File.ReadAllText(Path.Combine(rejected, name + OutboxPickup.ErrorSuffix));
}
