namespace Gateway.Messages.Validation;

/// <summary>Opens a message file for validation with the cheapest buffering for its size.</summary>
internal static class DocumentFile
{
    private const int LargeFileBuffer = 64 * 1024;

    /// <summary>
    /// A small file is read whole in one system call and served from memory: level 1 and the model reader both read
    /// it, and a batch of small files is dominated by per-file costs. A larger one streams through a 64 KB buffer, so
    /// its 4 KB reads do not each become a system call and memory stays bounded.
    /// </summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        if (file.Length > LargeFileBuffer)
        {
            return new BufferedStream(file, LargeFileBuffer);
        }

        using (file)
        {
            var bytes = new byte[file.Length];
            var read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return new MemoryStream(bytes, 0, read, writable: false);
        }
    }
}
