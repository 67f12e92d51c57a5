using System.Reflection;
using Gateway.Host.Cli;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Deploy;

/// <summary>
/// `gateway` as an operator installs it: `dotnet pack` of the Host makes a .NET tool package, `dotnet tool install`
/// puts it in a tool folder, and the installed command runs with the schemas that travelled in the package.
/// Offline: the install reads only the pack's folder (a nuget.config that clears every other source) and unpacks
/// into its own package folder, so no registry and no cached older package of the same version take part.
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private const string PackageId = "IStandaarden.Gateway";
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-tool-test-").FullName;

    [Fact]
    public async Task PackAndInstall_IntoToolPath_GatewayPrintsItsVersionAndValidatesWithPackagedSchemas()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;

        // The test run built the Host in its own configuration already; pack packages that build.
        var configuration = typeof(DotnetToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var project = Path.Combine(RepoPaths.Root, "src", "Gateway.Host", "Gateway.Host.csproj");
        var pack = await ProcessRun.StartAsync("dotnet", RepoPaths.Root, null, "pack", project, "--no-build", "-c", configuration, "-o", feed, "--disable-build-servers");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed: " + pack.Text);
        Assert.Single(Directory.GetFiles(feed, PackageId + ".*.nupkg"));

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="gateway-pack" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        var install = await ProcessRun.StartAsync("dotnet", work, isolated, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, PackageId);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed: " + install.Text);

        // The installed command, from a folder with no checkout above it: nothing but the package can serve it.
        var gateway = Path.Combine(tools, "gateway");
        var version = await ProcessRun.StartAsync(gateway, work, null, "--version");
        Assert.True(version.ExitCode == 0, "gateway --version failed: " + version.Text);
        var expected = typeof(SchemaRootLocator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, version.Out.Trim());

        File.Copy(RepoPaths.Sample("ijw", "jw301-toewijzing.xml"), Path.Combine(work, "jw301.xml"));
        var validate = await ProcessRun.StartAsync(gateway, work, null, "validate", "jw301.xml");
        Assert.True(validate.ExitCode == 0, "gateway validate failed: " + validate.Text);
        Assert.Equal("1 file: 1 valid, 0 invalid.", validate.Out.Trim().Split('\n')[^1].TrimEnd('\r'));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
