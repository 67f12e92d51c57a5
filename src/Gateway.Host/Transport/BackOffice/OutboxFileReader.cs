using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Reads one claimed outbox file only when it is a regular file within the size limit. Everything is decided on the
/// directory entry itself (lstat: a link is seen as a link, never followed) before anything is opened, because opening
/// a FIFO for reading blocks until a writer comes and reading a huge file fills memory. A FIFO, socket or device has
/// no size, so "empty" refuses them without an open. After the open, the handle must still be the entry that was
/// checked (same size, time and mode, and not a link now), which stands in for O_NOFOLLOW.
/// </summary>
internal static class OutboxFileReader
{
    public const string LinkRefusal = "The file is a symbolic link. Only regular files are picked up; a link is never followed, and it was removed.";

    public const string NotRegularRefusal = "The file is empty or not a regular file (a FIFO, socket or device is never opened). Drop the message as a regular file.";

    public static OutboxRead Read(string path, long maxBytes)
    {
        var entry = new FileInfo(path);
        if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return OutboxRead.Refused(LinkRefusal, isLink: true);
        }

        if (!entry.Exists || entry.Attributes.HasFlag(FileAttributes.Directory) || entry.Length == 0)
        {
            return OutboxRead.Refused(NotRegularRefusal);
        }

        if (entry.Length > maxBytes)
        {
            return OutboxRead.Refused(TooLarge(entry.Length, maxBytes));
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (!IsSameEntry(handle, length, path, entry))
        {
            return OutboxRead.Refused("The file changed while it was being picked up (it was replaced, or is a link now). Drop the message again as a regular file.");
        }

        if (length > maxBytes)
        {
            return OutboxRead.Refused(TooLarge(length, maxBytes));
        }

        var payload = new byte[length];
        var read = 0;
        while (read < payload.Length)
        {
            var n = RandomAccess.Read(handle, payload.AsSpan(read), read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return new OutboxRead(read == payload.Length ? payload : payload[..read], null);
    }

    public static string TooLarge(long length, long maxBytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"The file is {length} bytes, more than the limit of {maxBytes} bytes ({OutboxOptions.SectionName}:MaxFileBytes); it was not read.");

    private static bool IsSameEntry(SafeFileHandle handle, long length, string path, FileInfo before)
    {
        var now = new FileInfo(path);
        return now.LinkTarget is null
            && !now.Attributes.HasFlag(FileAttributes.ReparsePoint)
            && now.Exists
            && length == before.Length
            && now.Length == before.Length
            && File.GetLastWriteTimeUtc(handle) == before.LastWriteTimeUtc
            && now.LastWriteTimeUtc == before.LastWriteTimeUtc
            && (OperatingSystem.IsWindows() || File.GetUnixFileMode(handle) == before.UnixFileMode);
    }
}
