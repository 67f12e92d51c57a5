using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Support;

/// <summary>A temp folder for one test's SQLite store file, removed after the test.</summary>
internal sealed class StoreDirectory(string prefix)
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "gateway.db");

    /// <summary>Closes pooled connections and deletes the folder; a leftover folder never fails a test.</summary>
    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; a failing cleanup must not fail the test.
        }
    }
}
