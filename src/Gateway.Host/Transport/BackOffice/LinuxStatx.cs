using System.Runtime.InteropServices;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// The kernel's <c>struct statx</c> (linux/stat.h): a fixed layout of 256 bytes, the same on every architecture. Only
/// the fields the outbox needs are named; the offsets were checked against linux/stat.h and offsetof on x86-64.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct LinuxStatx
{
    public const ushort FileTypeMask = 0xF000;
    public const ushort RegularFile = 0x8000;
    public const ushort SymbolicLink = 0xA000;

    [FieldOffset(0)] public uint Mask;
    [FieldOffset(16)] public uint Nlink;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Ino;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(136)] public uint DevMajor;
    [FieldOffset(140)] public uint DevMinor;

    public readonly ushort FileType => (ushort)(Mode & FileTypeMask);

    public readonly bool IsSameFileAs(in LinuxStatx other) => Ino == other.Ino && DevMajor == other.DevMajor && DevMinor == other.DevMinor;
}
