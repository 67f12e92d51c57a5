using System.Globalization;
using System.Text;
using Gateway.Host.Region;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Writes a message into a back office's inbox atomically: a <c>.tmp</c> file, flushed to disk, then renamed. The name
/// carries the internal id, the message and the Identificatie — never a BSN — and is the same on every attempt, so a
/// redelivery after a crash overwrites rather than duplicates.
/// </summary>
internal static class BackOfficeDirectoryWriter
{
    public const string TemporaryExtension = ".tmp";

    public static BackOfficeSendResult Write(HostBackOfficeOptions backOffice, StoredMessage message, byte[] payload)
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

    /// <summary><c>{id}-{jw305}-{identificatie}.xml</c>, with the Identificatie reduced to letters, digits, '-' and '_'.</summary>
    public static string FileName(StoredMessage message)
    {
        var code = message.Code is { } c && message.Standard is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{s.MessagePrefix()}{(int)c}")
            : message.Kind.ToString().ToLowerInvariant();
        var name = new StringBuilder().Append(message.Id.ToString(CultureInfo.InvariantCulture)).Append('-').Append(code);
        if (!string.IsNullOrEmpty(message.Identificatie))
        {
            name.Append('-');
            foreach (var ch in message.Identificatie.Take(40))
            {
                name.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_');
            }
        }

        return name.Append(".xml").ToString();
    }
}
