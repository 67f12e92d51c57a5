using Gateway.Host.Region;
using Gateway.Host.Transport.BackOffice;
using Gateway.Routing.Region;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Transport.BackOffice;

public sealed class OutboxRetentionTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "outbox-retention-" + Guid.NewGuid().ToString("N")[..10])).FullName;

    [Fact]
    public void Sweep_HandledFilesPastTheirTerm_DeletedFromDoneAndRejected_RecentOnesKept()
    {
        var outbox = Path.Combine(_folder, "outbox");
        var done = Directory.CreateDirectory(Path.Combine(outbox, OutboxPickup.DoneFolder)).FullName;
        var rejected = Directory.CreateDirectory(Path.Combine(outbox, OutboxPickup.RejectedFolder)).FullName;
        var old = DateTime.UtcNow - TimeSpan.FromDays(15);
        var files = new[]
        {
            Write(Path.Combine(done, "old.xml"), old),
            Write(Path.Combine(rejected, "old.xml"), old),
            Write(Path.Combine(rejected, "old.xml" + OutboxPickup.ErrorSuffix), old),
        };
        var recent = Write(Path.Combine(done, "recent.xml"), DateTime.UtcNow - TimeSpan.FromDays(13));
        var waiting = Write(Path.Combine(outbox, "waiting.xml"), old);
        var secret = Write(Path.Combine(_folder, "secret.json"), DateTime.UtcNow);
        var link = Path.Combine(rejected, "link.xml");
        File.CreateSymbolicLink(link, secret);

        var deleted = Retention(outbox).Sweep();

        Assert.Equal(4, deleted);
        Assert.All(files, f => Assert.False(File.Exists(f), f));
        Assert.False(File.Exists(link) || new FileInfo(link).LinkTarget is not null, "the link is still there");
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(waiting), "a file not yet picked up is never touched");
        Assert.True(File.Exists(secret), "the target of a link is never touched");
    }

    [Theory]
    [InlineData(OutboxPickup.DoneFolder)]
    [InlineData(OutboxPickup.RejectedFolder)]
    public void Sweep_HandledFolderIsALinkToAnotherFolder_NothingThereDeleted(string folder)
    {
        var outbox = Directory.CreateDirectory(Path.Combine(_folder, "outbox")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        var old = DateTime.UtcNow - TimeSpan.FromDays(15);
        var oldFile = Write(Path.Combine(elsewhere, "old.xml"), old);
        var secret = Write(Path.Combine(_folder, "secret.json"), old);
        var linkThere = Path.Combine(elsewhere, "link.xml");
        File.CreateSymbolicLink(linkThere, secret);
        Directory.CreateSymbolicLink(Path.Combine(outbox, folder), elsewhere);

        var deleted = Retention(outbox).Sweep();

        Assert.Equal(0, deleted);
        Assert.True(File.Exists(oldFile), "a file behind the link was deleted");
        Assert.Equal(secret, new FileInfo(linkThere).LinkTarget);
        Assert.True(File.Exists(secret));
    }

    [Fact]
    public void Sweep_NoHandledFolders_NothingDeleted() => Assert.Equal(0, Retention(Path.Combine(_folder, "absent")).Sweep());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static OutboxRetention Retention(string outbox) => new(
        Options.Create(new RegionOptions
        {
            Gemeenten =
            [
                new GemeenteOptions
                {
                    Code = "0518",
                    BackOffice = new BackOfficeOptions { Kind = BackOfficeKind.Directory, InboxPath = outbox + "-in", OutboxPath = outbox },
                },
            ],
        }),
        Options.Create(new OutboxOptions { HandledFileRetention = TimeSpan.FromDays(14) }),
        TimeProvider.System,
        NullLogger<OutboxRetention>.Instance);

    private static string Write(string path, DateTime lastWrite)
    {
        File.WriteAllText(path, "<Bsn>999990019</Bsn>");
        File.SetLastWriteTimeUtc(path, lastWrite);
        return path;
    }
}
