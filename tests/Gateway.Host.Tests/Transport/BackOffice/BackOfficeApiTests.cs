using Gateway.Host.Transport.BackOffice;
using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Tests.Transport.BackOffice;

public sealed class BackOfficeApiTests
{
    [Theory]
    [InlineData(5_000, true)]
    [InlineData(5_000, false)]
    [InlineData(300_000, true)] // several read chunks
    [InlineData(300_000, false)]
    public async Task ReadBodyAsync_BodyWithinTheLimit_EveryByteOnce(int size, bool declared)
    {
        var body = Bytes(size);

        var read = await BackOfficeApi.ReadBodyAsync(Request(body, declared), limit: 1_000_000, CancellationToken.None);

        Assert.Equal(body, read);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadBodyAsync_BodyOverTheLimit_Null(bool declared) =>
        Assert.Null(await BackOfficeApi.ReadBodyAsync(Request(Bytes(200_001), declared), limit: 200_000, CancellationToken.None));

    [Fact]
    public async Task ReadBodyAsync_BodyOfExactlyTheLimit_Read() =>
        Assert.Equal(200_000, (await BackOfficeApi.ReadBodyAsync(Request(Bytes(200_000), declared: true), limit: 200_000, CancellationToken.None))!.Length);

    [Fact]
    public async Task ReadBodyAsync_EmptyBody_Empty() =>
        Assert.Empty((await BackOfficeApi.ReadBodyAsync(Request([], declared: false), limit: 1_000, CancellationToken.None))!);

    private static HttpRequest Request(byte[] body, bool declared)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body, writable: false);
        http.Request.ContentLength = declared ? body.Length : null;
        return http.Request;
    }

    private static byte[] Bytes(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 7))];
}
