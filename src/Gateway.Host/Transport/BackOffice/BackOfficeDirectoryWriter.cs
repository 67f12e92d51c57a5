using System.Globalization;
using Gateway.Host.Region;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Writes a message into a back office's inbox atomically: a <c>.tmp</c> file, flushed to disk, then renamed. The name
/// carries only the internal id and the message code — never Identificatie or another field of the message, which a
/// sender can fill with a BSN — and is the same on every attempt, so a redelivery after a crash overwrites rather than
/// duplicates.
/// </summary>
internal static class BackOfficeDirectoryWriter
{
    public const string TemporaryExtension = ".tmp";

    public static BackOfficeSendResult Write(BackOfficeOptions backOffice, StoredMessage message, byte[] payload)
    {
        try
        {
            var inbox = backOffice.InboxPath!;
            Directory.CreateDirectory(inbox);
            var name = FileName(message);
            var final = Path.Combine(inbox, name);
            var temporary = Path.Combine(inbox, "." + name + TemporaryExtension);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(payload);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
            return BackOfficeSendResult.Delivered;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, permissions, a share that is away: the back office may come back.
            return BackOfficeSendResult.Transient($"cannot write to the inbox: {e.GetType().Name}");
        }
    }

    /// <summary><c>{id}-{jw305}.xml</c>: the internal id and the message code (or the kind, for a message without one).</summary>
    public static string FileName(StoredMessage message)
    {
        var code = message.Code is { } c && message.Standard is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{s.MessagePrefix()}{(int)c}")
            : message.Kind.ToString().ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{message.Id}-{code}.xml");
    }
}
