using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Messages.Validation;

/// <summary>Opens a message file for validation with the cheapest buffering for its size.</summary>
internal static class DocumentFile
{
    private const int LargeFileBuffer = 64 * 1024;

    /// <summary>
    /// A small file is read whole in one system call into a pooled buffer and served from memory (the buffer goes back
    /// to the pool when the stream is disposed): level 1 and the model reader both read it, and a batch of small files
    /// is dominated by per-file costs. A larger one streams through a 64 KB buffer, so its 4 KB reads do not each
    /// become a system call and memory stays bounded.
    /// </summary>
    public static Stream OpenRead(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var length = RandomAccess.GetLength(handle);
            if (length > LargeFileBuffer)
            {
                return new BufferedStream(new FileStream(handle, FileAccess.Read, bufferSize: 0), LargeFileBuffer);
            }

            using (handle)
            {
                return ReadWhole(handle, (int)length);
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static PooledDocumentStream ReadWhole(SafeFileHandle handle, int length)
    {
        // One byte more than the length: a file that grew since it was measured is seen to, and read on.
        var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
        var read = 0;
        try
        {
            int n;
            while ((n = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0)
            {
                read += n;
                if (read == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return new PooledDocumentStream(buffer, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
