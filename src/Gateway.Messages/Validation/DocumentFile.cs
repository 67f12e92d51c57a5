namespace Gateway.Messages.Validation;

/// <summary>Opens a message file for validation with the cheapest buffering for its size.</summary>
internal static class DocumentFile
{
    private const int LargeFileBuffer = 64 * 1024;

    /// <summary>
    /// A small file is read unbuffered (the XML reader reads it in one or two 4 KB blocks into its own buffer, so a
    /// FileStream buffer would only cost an allocation per file); a larger one through a 64 KB buffer, so its 4 KB
    /// reads do not each become a system call.
    /// </summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return file.Length > LargeFileBuffer ? new BufferedStream(file, LargeFileBuffer) : file;
    }
}
