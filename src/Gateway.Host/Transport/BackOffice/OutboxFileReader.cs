using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Reads one claimed outbox file only when it is a regular file with a single name, within the size limit. Everything
/// is first decided on the directory entry itself (lstat: a link is seen as a link, never followed) before anything is
/// opened, because opening a FIFO for reading blocks until a writer comes and reading a huge file fills memory. On
/// Linux the file is then opened with <c>O_NOFOLLOW | O_NONBLOCK</c> and the opened file is checked again by device
/// and inode, so a link or FIFO swapped in between the check and the open is refused, never read. A second name (a
/// hard link) may be any file of this machine the back office could link to, such as the gateway's configuration, so
/// it is refused too. Elsewhere the handle is compared by size, time and mode instead.
/// </summary>
internal static class OutboxFileReader
{
    public const string LinkRefusal = "The file is a symbolic link. Only regular files are picked up; a link is never followed, and it was removed.";

    public const string NotRegularRefusal = "The file is empty or not a regular file (a FIFO, socket or device is never opened). Drop the message as a regular file.";

    public const string HardLinkRefusal = "The file has more than one name (a hard link), so it may be any other file of this machine. It was not read, and only its name in the outbox was removed. Drop the message again as a regular file with a single name.";

    public const string ChangedRefusal = "The file changed while it was being picked up (it was replaced, or is a link now). Drop the message again as a regular file.";

    private const int ErrnoTooManyLinks = 40;

    public static OutboxRead Read(string path, long maxBytes) => LinuxFiles.IsAvailable ? ReadNoFollow(path, maxBytes) : ReadPortable(path, maxBytes);

    /// <summary>
    /// Whether the file as it is now (<paramref name="now"/>: the entry, or the opened file) may be read, given the entry
    /// that was checked first; null when it may.
    /// </summary>
    internal static OutboxRead? Judge(in LinuxStatx entry, in LinuxStatx now, long maxBytes)
    {
        if (!now.IsSameFileAs(entry))
        {
            return OutboxRead.Refused(ChangedRefusal);
        }

        if (now.FileType == LinuxStatx.SymbolicLink)
        {
            return OutboxRead.Refused(LinkRefusal, isLink: true);
        }

        if (now.FileType != LinuxStatx.RegularFile || now.Size == 0)
        {
            return OutboxRead.Refused(NotRegularRefusal);
        }

        if (now.Nlink != 1)
        {
            return OutboxRead.Refused(HardLinkRefusal, isLink: true);
        }

        return now.Size > (ulong)maxBytes ? OutboxRead.Refused(TooLarge((long)now.Size, maxBytes)) : null;
    }

    private static OutboxRead ReadNoFollow(string path, long maxBytes)
    {
        if (LinuxFiles.StatEntry(path) is not { } entry)
        {
            return OutboxRead.Refused(NotRegularRefusal);
        }

        if (Judge(entry, entry, maxBytes) is { } refused)
        {
            return refused;
        }

        using var handle = LinuxFiles.OpenNoFollow(path, out var errno);
        if (handle is null)
        {
            return errno == ErrnoTooManyLinks ? OutboxRead.Refused(ChangedRefusal) : throw new IOException($"open failed with errno {errno}.");
        }

        var opened = LinuxFiles.StatOpened(handle);
        return Judge(entry, opened, maxBytes) ?? new OutboxRead(ReadAll(handle, (long)opened.Size), null);
    }

    private static OutboxRead ReadPortable(string path, long maxBytes)
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
            return OutboxRead.Refused(ChangedRefusal);
        }

        if (length > maxBytes)
        {
            return OutboxRead.Refused(TooLarge(length, maxBytes));
        }

        return new OutboxRead(ReadAll(handle, length), null);
    }

    public static string TooLarge(long length, long maxBytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"The file is {length} bytes, more than the limit of {maxBytes} bytes ({OutboxOptions.SectionName}:MaxFileBytes); it was not read.");

    private static byte[] ReadAll(SafeFileHandle handle, long length)
    {
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

        return read == payload.Length ? payload : payload[..read];
    }

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
