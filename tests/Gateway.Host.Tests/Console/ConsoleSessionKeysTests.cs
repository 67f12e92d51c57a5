using System.Net;
using Gateway.Host.Console;
using Gateway.Host.Tests.Support;
using Gateway.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Console;

public sealed class ConsoleSessionKeysTests
{
    [Fact]
    public async Task SignedIn_GatewayRestartedOnTheSameStore_TheCookieStillWorks()
    {
        await using var gateway = await RunningGateway.StartAsync();
        using var http = await ConsoleHttp.SignedInClientAsync(gateway, new() { ["Kind"] = "Operator", ["Key"] = RunningGateway.OperatorKey });
        using (var before = await http.GetAsync("console"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await gateway.RestartAsync();

        using var after = await http.GetAsync("console");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var folder = ConsoleSessionKeys.Folder(gateway.DatabasePath);
        Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
    }

    [Fact]
    public void NoStoreFile_KeysInMemory_NoFolderAnywhere()
    {
        var options = new KeyManagementOptions();

        new ConsoleSessionKeys(Options.Create(new StorageOptions()), NullLoggerFactory.Instance).Configure(options);

        Assert.NotNull(options.XmlRepository);
        Assert.IsNotType<FileSystemXmlRepository>(options.XmlRepository);
        options.XmlRepository.StoreElement(new("key", "k1"), "k1");
        Assert.Equal("k1", Assert.Single(options.XmlRepository.GetAllElements()).Value);
    }
}
