using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public sealed class DocumentFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-documentfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5_000)]
    [InlineData(64 * 1024)]
    [InlineData((64 * 1024) + 1)]
    [InlineData(300_000)]
    public void OpenRead_FileOfAnySize_ReadsExactlyItsBytes(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(_folder, $"doc-{size}.xml");
        File.WriteAllBytes(path, bytes);

        using var stream = DocumentFile.OpenRead(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public void OpenRead_SmallFile_IsSeekableSoItCanBeReadAgain()
    {
        var path = Path.Combine(_folder, "small.xml");
        File.WriteAllText(path, "<a/>");

        using var stream = DocumentFile.OpenRead(path);
        stream.ReadByte();
        stream.Position = 0;

        Assert.True(stream.CanSeek);
        Assert.Equal((int)'<', stream.ReadByte());
    }

    [Fact]
    public void OpenRead_DisposedSmallFile_CannotBeReadAnyMore()
    {
        var path = Path.Combine(_folder, "gone.xml");
        File.WriteAllText(path, "<a/>");

        var stream = DocumentFile.OpenRead(path);
        stream.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
    }

    [Fact]
    public void OpenRead_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => DocumentFile.OpenRead(Path.Combine(_folder, "missing.xml")));
    }
}
