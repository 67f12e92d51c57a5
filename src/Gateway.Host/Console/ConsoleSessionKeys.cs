using System.Xml.Linq;
using Gateway.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Console;

/// <summary>
/// Where the keys that sign the console's cookie and anti-forgery tokens live: in a folder beside the SQLite store that
/// only the gateway's user may enter, so a restart keeps everyone signed in; in memory when no store file is configured
/// (a restart then signs everyone out). The keys sign sessions, never data: the store's own keys are elsewhere.
/// </summary>
internal sealed class ConsoleSessionKeys(IOptions<StorageOptions> storage, ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    /// <summary>The folder's name is the store file's with this added.</summary>
    public const string FolderSuffix = ".console-keys";

    /// <summary>The folder of the keys beside a store file.</summary>
    public static string Folder(string databasePath) => databasePath + FolderSuffix;

    public void Configure(KeyManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? databasePath;
        try
        {
            databasePath = storage.Value.DatabasePath;
        }
        catch (OptionsValidationException)
        {
            // A storage section with mistakes: the start lists every mistake of every section at once and stops, so the
            // keys must not stop it first with only this section's; nobody signs in before it is fixed.
            databasePath = null;
        }

        if (string.IsNullOrWhiteSpace(databasePath))
        {
            options.XmlRepository = new MemoryKeys();
            return;
        }

        var folder = Folder(databasePath);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
    }

    /// <summary>Keys that last as long as the process.</summary>
    private sealed class MemoryKeys : IXmlRepository
    {
        private readonly List<XElement> _keys = [];

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            lock (_keys)
            {
                return [.. _keys.Select(k => new XElement(k))];
            }
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            lock (_keys)
            {
                _keys.Add(new XElement(element));
            }
        }
    }
}
