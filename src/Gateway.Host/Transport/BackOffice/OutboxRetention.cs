using System.Collections.Concurrent;
using Gateway.Host.Region;
using Gateway.Routing.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Deletes handled outbox files: <c>done/</c> and <c>rejected/</c> hold the back offices' messages in plain, BSNs
/// included, so they are kept only <see cref="OutboxOptions.HandledFileRetention"/> after they were handled. Entries
/// are judged by lstat: a link found there is deleted at once (the link, never its target), and a done/ or rejected/
/// that is itself a link is never entered.
/// </summary>
internal sealed partial class OutboxRetention(
    IOptions<RegionOptions> region,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRetention> logger)
{
    /// <summary>Folders found to be links, reported once.</summary>
    private readonly ConcurrentDictionary<string, byte> _linked = new(StringComparer.Ordinal);

    /// <summary>Deletes what is past its term in every directory back office; returns how many files were deleted.</summary>
    public int Sweep()
    {
        var before = time.GetUtcNow().UtcDateTime - options.Value.HandledFileRetention;
        var deleted = 0;
        foreach (var gemeente in region.Value.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory))
        {
            foreach (var folder in new[] { OutboxPickup.DoneFolder, OutboxPickup.RejectedFolder })
            {
                deleted += Sweep(gemeente.Code, Path.Combine(gemeente.BackOffice.OutboxPath!, folder), before);
            }
        }

        return deleted;
    }

    private int Sweep(string gemeentecode, string folder, DateTime before)
    {
        if (OutboxPickup.IsLink(folder))
        {
            // Never deleted through: the link may lead anywhere. Logged once, until the folder is a real one again.
            if (_linked.TryAdd(folder, 0))
            {
                LogFolderIsLink(logger, gemeentecode, folder);
            }

            return 0;
        }

        _linked.TryRemove(folder, out _);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var deleted = 0;
        try
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var isLink = entry.LinkTarget is not null;
                if ((isLink || !entry.Attributes.HasFlag(FileAttributes.Directory)) && (isLink || entry.LastWriteTimeUtc < before))
                {
                    entry.Delete();
                    deleted++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogCannotClean(logger, gemeentecode, folder, e.GetType().Name);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention: {Folder} of back office {Gemeentecode} is a symbolic link; nothing is deleted through it until it is a real folder; logged once")]
    private static partial void LogFolderIsLink(ILogger logger, string gemeentecode, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: cannot clean {Folder} of back office {Gemeentecode} ({Failure}); tried again on the next sweep")]
    private static partial void LogCannotClean(ILogger logger, string gemeentecode, string folder, string failure);
}
