using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// The two libc calls .NET does not offer: <c>open</c> with <c>O_NOFOLLOW | O_NONBLOCK</c> (a link is never followed,
/// a FIFO never blocks) and <c>statx</c> on a path without following it or on an open descriptor. The open flags
/// differ per architecture, so an architecture not listed here is not supported rather than guessed.
/// </summary>
internal static partial class LinuxFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const int ErrnoNoSuchEntry = 2;

    /// <summary>STATX_TYPE | STATX_NLINK | STATX_INO | STATX_SIZE: what the checks need; a file system that cannot say is refused.</summary>
    private const uint Needed = 0x1 | 0x4 | 0x100 | 0x200;

    /// <summary>O_RDONLY (0) | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC for this architecture; null when not known.</summary>
    public static int? OpenFlags => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 0x20000 | 0x800 | 0x80000,
        Architecture.Arm64 => 0x8000 | 0x800 | 0x80000,
        _ => null,
    };

    /// <summary>True on Linux on an architecture whose open flags are known: only then are these calls used.</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux() && OpenFlags is not null;

    /// <summary>statx of the entry itself (lstat semantics); null when there is no such entry.</summary>
    public static LinuxStatx? StatEntry(string path)
    {
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, out var stat) == 0)
        {
            return Complete(stat);
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == ErrnoNoSuchEntry ? null : throw new IOException($"statx failed with errno {errno}.");
    }

    /// <summary>statx of what an open descriptor refers to.</summary>
    public static LinuxStatx StatOpened(SafeFileHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasicStats, out var stat) == 0
                ? Complete(stat)
                : throw new IOException($"statx of the opened file failed with errno {Marshal.GetLastPInvokeError()}.");
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>Opens for reading without following a link and without blocking; null with the errno when refused.</summary>
    public static SafeFileHandle? OpenNoFollow(string path, out int errno)
    {
        var fd = Open(path, OpenFlags ?? throw new PlatformNotSupportedException("O_NOFOLLOW is not known for this architecture."));
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd < 0 ? null : new SafeFileHandle(new IntPtr(fd), ownsHandle: true);
    }

    private static LinuxStatx Complete(LinuxStatx stat) => (stat.Mask & Needed) == Needed
        ? stat
        : throw new IOException("statx did not report the file type, link count, inode and size.");

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out LinuxStatx stat);
}
