using System.Diagnostics;
using Gateway.Host.Transport.BackOffice;

namespace Gateway.Host.Tests.Transport.BackOffice;

public sealed class OutboxFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "outbox-read-" + Guid.NewGuid().ToString("N")[..10])).FullName;

    [Fact]
    public void Read_RegularFile_ItsBytes()
    {
        var file = Path.Combine(_folder, "a.xml");
        File.WriteAllText(file, "<a/>");

        var read = OutboxFileReader.Read(file, 100);

        Assert.Null(read.Refusal);
        Assert.Equal("<a/>"u8.ToArray(), read.Payload);
    }

    [Fact]
    public void Read_SymbolicLinkToASecret_RefusedWithoutFollowing()
    {
        var secret = Path.Combine(_folder, "secret.json");
        File.WriteAllText(secret, "{\"EncryptionKey\":\"do-not-show\"}");
        var link = Path.Combine(_folder, "x.xml");
        File.CreateSymbolicLink(link, secret);

        var read = OutboxFileReader.Read(link, 1024);

        Assert.Null(read.Payload);
        Assert.True(read.IsLink);
        Assert.Equal(OutboxFileReader.LinkRefusal, read.Refusal);
    }

    [Fact]
    public void Read_Fifo_RefusedWithoutOpening()
    {
        var fifo = Path.Combine(_folder, "f.xml");
        MakeFifo(fifo);

        // Opening a FIFO for reading would block this test forever: returning at all shows it was not opened.
        var read = OutboxFileReader.Read(fifo, 1024);

        Assert.Null(read.Payload);
        Assert.False(read.IsLink);
        Assert.Equal(OutboxFileReader.NotRegularRefusal, read.Refusal);
    }

    [Fact]
    public void Read_SparseFileOverTwoGigabytes_RefusedBeforeReading()
    {
        var huge = Path.Combine(_folder, "huge.xml");
        using (var stream = new FileStream(huge, FileMode.CreateNew, FileAccess.Write))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = OutboxFileReader.Read(huge, OutboxOptions.DefaultMaxFileBytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(read.Payload);
        Assert.Contains("3221225472 bytes, more than the limit of 26214400 bytes (Gateway:Outbox:MaxFileBytes)", read.Refusal, StringComparison.Ordinal);
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated for a file that must not be read");
    }

    [Fact]
    public void Read_FileJustOverTheLimit_Refused()
    {
        var file = Path.Combine(_folder, "b.xml");
        File.WriteAllBytes(file, new byte[101]);

        Assert.Contains("101 bytes, more than the limit of 100 bytes", OutboxFileReader.Read(file, 100).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HardLinkToASecret_RefusedAsALinkWithoutReading()
    {
        var secret = Path.Combine(_folder, "gateway.json");
        File.WriteAllText(secret, "{\"EncryptionKey\":\"do-not-show\"}");
        var link = Path.Combine(_folder, "x.xml");
        MakeHardLink(secret, link);

        var read = OutboxFileReader.Read(link, 1024);

        Assert.Null(read.Payload);
        Assert.True(read.IsLink, "only the outbox name is removed, never the target");
        Assert.Equal(OutboxFileReader.HardLinkRefusal, read.Refusal);
    }

    [Fact]
    public void Read_SymbolicLinkToADirectory_RefusedAsALink()
    {
        var link = Path.Combine(_folder, "x.xml");
        Directory.CreateSymbolicLink(link, Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName);

        var read = OutboxFileReader.Read(link, 1024);

        Assert.True(read.IsLink);
        Assert.Equal(OutboxFileReader.LinkRefusal, read.Refusal);
    }

    [Fact]
    public void Judge_OpenedFileIsAnotherInodeThanTheCheckedEntry_Refused()
    {
        var checkedEntry = Path.Combine(_folder, "a.xml");
        var swappedIn = Path.Combine(_folder, "b.xml");
        File.WriteAllText(checkedEntry, "<a/>");
        File.WriteAllText(swappedIn, "<a/>");
        var entry = LinuxFiles.StatEntry(checkedEntry)!.Value;
        using var handle = File.OpenHandle(swappedIn);

        var refused = OutboxFileReader.Judge(entry, LinuxFiles.StatOpened(handle), 1024);

        Assert.Null(OutboxFileReader.Judge(entry, entry, 1024));
        Assert.Equal(OutboxFileReader.ChangedRefusal, refused?.Refusal);
    }

    [Fact]
    public void Judge_OpenedFileHasGainedASecondName_RefusedAsHardLink()
    {
        var file = Path.Combine(_folder, "a.xml");
        File.WriteAllText(file, "<a/>");
        var entry = LinuxFiles.StatEntry(file)!.Value;
        MakeHardLink(file, Path.Combine(_folder, "second-name"));
        using var handle = File.OpenHandle(file);

        Assert.Equal(OutboxFileReader.HardLinkRefusal, OutboxFileReader.Judge(entry, LinuxFiles.StatOpened(handle), 1024)?.Refusal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static void MakeHardLink(string target, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("/bin/ln", [target, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("/usr/bin/mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
