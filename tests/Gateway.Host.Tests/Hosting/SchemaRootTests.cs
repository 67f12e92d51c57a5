using Gateway.Host.Hosting;
using Gateway.Messages.Validation;

namespace Gateway.Host.Tests.Hosting;

/// <summary>The schema root a configuration names, and the packs shipped with the executable when it names none.</summary>
public sealed class SchemaRootTests : IDisposable
{
    private readonly string _configFolder = Directory.CreateTempSubdirectory("gateway-schemaroot-").FullName;

    [Fact]
    public void SchemaRoot_DefaultWithoutSchemasBesideTheConfiguration_ThePacksShippedWithTheExecutable()
    {
        var root = GatewayHostServiceCollectionExtensions.SchemaRoot(MessagesOptions.DefaultSchemaRoot, new HostPaths(_configFolder));

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "schemas"), root);
        Assert.True(Directory.Exists(Path.Combine(root, "ijw", "3.2")), root);
    }

    [Fact]
    public void SchemaRoot_DefaultWithSchemasBesideTheConfiguration_TheConfigurationsFolder()
    {
        Directory.CreateDirectory(Path.Combine(_configFolder, "schemas"));

        var root = GatewayHostServiceCollectionExtensions.SchemaRoot(MessagesOptions.DefaultSchemaRoot, new HostPaths(_configFolder));

        Assert.Equal(Path.Combine(_configFolder, "schemas"), root);
    }

    [Fact]
    public void SchemaRoot_NamedFolderThatDoesNotExist_KeptSoTheStartNamesIt()
    {
        var root = GatewayHostServiceCollectionExtensions.SchemaRoot("packs", new HostPaths(_configFolder));

        Assert.Equal(Path.Combine(_configFolder, "packs"), root);
    }

    public void Dispose() => Directory.Delete(_configFolder, recursive: true);
}
