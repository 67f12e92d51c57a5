using System.Text;
using Gateway.Host.Region;
using Gateway.Host.Transport.BackOffice;
using Gateway.Messages.Standards;
using Gateway.Routing.Region;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.Transport.BackOffice;

public class BackOfficeDirectoryWriterTests
{
    private static StoredMessage Message(string? identificatie) => new()
    {
        Id = 42,
        Direction = MessageDirection.Inbound,
        Kind = MessageKind.Heen,
        State = MessageState.Accepted,
        Standard = Standard.Ijw,
        Code = MessageCode.Start,
        Identificatie = identificatie,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData("S1/2-x")]
    [InlineData("999990019")]
    [InlineData(null)]
    public void FileName_IdAndMessageCodeOnly_NeverTheIdentificatie(string? identificatie) =>
        Assert.Equal("42-jw305.xml", BackOfficeDirectoryWriter.FileName(Message(identificatie)));

    [Fact]
    public void Write_AtomicRenameIntoInbox_NoTemporaryLeft_SameNameOnRedelivery()
    {
        var inbox = Path.Combine(Path.GetTempPath(), "inbox-" + Guid.NewGuid().ToString("N"));
        var backOffice = new BackOfficeOptions { Kind = BackOfficeKind.Directory, InboxPath = inbox, OutboxPath = inbox + "-out" };
        try
        {
            var first = BackOfficeDirectoryWriter.Write(backOffice, Message("999990019"), Encoding.UTF8.GetBytes("<a/>"));
            var again = BackOfficeDirectoryWriter.Write(backOffice, Message("999990019"), Encoding.UTF8.GetBytes("<b/>"));

            Assert.True(first.IsDelivered);
            Assert.True(again.IsDelivered);
            var file = Assert.Single(Directory.GetFiles(inbox, "*", SearchOption.AllDirectories));
            Assert.Equal("42-jw305.xml", Path.GetFileName(file));
            Assert.Equal("<b/>", File.ReadAllText(file));
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }
}
