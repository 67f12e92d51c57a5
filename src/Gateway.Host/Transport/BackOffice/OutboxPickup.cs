using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Gateway.Host.Region;
using Gateway.Messages.Privacy;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Picks up what directory back offices drop in their outbox: claims a file by renaming it into <c>processing/</c>,
/// submits it through the same outbound path as the HTTP API, then moves it to <c>done/</c> or <c>rejected/</c> (with a
/// <c>.error.txt</c> naming the issues). A file left in <c>processing/</c> by a crash is submitted again on the next
/// sweep; the dedup key makes that harmless. Only regular files within the size limit are read (see
/// <see cref="OutboxFileReader"/>); one bad file is rejected on its own and never stops the others, and a file that
/// keeps failing is logged once, not on every sweep.
/// </summary>
internal sealed partial class OutboxPickup(
    IOptions<RegionOptions> region,
    IOptions<OutboxOptions> options,
    OutboundSubmitter submitter,
    TimeProvider time,
    ILogger<OutboxPickup> logger)
{
    public const string ProcessingFolder = "processing";
    public const string DoneFolder = "done";
    public const string RejectedFolder = "rejected";
    public const string ErrorSuffix = ".error.txt";

    /// <summary>The folders the gateway makes inside an outbox; none of them may be a link.</summary>
    public static readonly IReadOnlyList<string> HandledFolders = [ProcessingFolder, DoneFolder, RejectedFolder];

    /// <summary>Files whose failure was logged already, with what the failure was; forgotten once the file is gone.</summary>
    private readonly ConcurrentDictionary<string, string> _reported = new(StringComparer.Ordinal);

    /// <summary>Handles every waiting file of every directory back office; returns how many files were handled.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var gemeente in region.Value.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory))
        {
            try
            {
                handled += await SweepAsync(gemeente.Code, gemeente.BackOffice.OutboxPath!, cancellationToken);
                _reported.TryRemove(gemeente.BackOffice.OutboxPath!, out _);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The outbox itself cannot be listed (away, permissions): the other back offices still get their turn.
                ReportOnce(gemeente.BackOffice.OutboxPath!, e.GetType().Name, () => LogOutboxUnreadable(logger, gemeente.Code, gemeente.BackOffice.OutboxPath!, e.GetType().Name));
            }
        }

        return handled;
    }

    private async Task<int> SweepAsync(string gemeentecode, string outbox, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(outbox))
        {
            return 0;
        }

        // A linked processing/, done/ or rejected/ would make the gateway read, write or delete outside the outbox:
        // it is never followed (nor replaced, as it may be an operator's choice), and this outbox waits until it is fixed.
        foreach (var folder in HandledFolders.Select(f => Path.Combine(outbox, f)))
        {
            if (IsLink(folder))
            {
                ReportOnce(folder, "link", () => LogFolderIsLink(logger, gemeentecode, folder));
                return 0;
            }

            _reported.TryRemove(folder, out _);
        }

        var processing = Directory.CreateDirectory(Path.Combine(outbox, ProcessingFolder)).FullName;
        var handled = 0;

        // Orphans of a crash first, then fresh files; files still being written by the back office end in .tmp or start with '.'.
        // Every entry but a real directory is claimed: a link, FIFO or device is renamed (never opened) and rejected below.
        var claimed = Entries(processing).ToList();
        foreach (var file in Entries(outbox).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            if (IsLink(file))
            {
                // Removed where it is: a link to a directory cannot be claimed by a file move.
                await RejectUnreadAsync(gemeentecode, outbox, file, OutboxRead.Refused(OutboxFileReader.LinkRefusal, isLink: true), cancellationToken);
                continue;
            }

            var target = Path.Combine(processing, Path.GetFileName(file));
            try
            {
                File.Move(file, target, overwrite: false);
                claimed.Add(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Claimed by someone else, or a same-named file is still in processing; the next sweep looks again.
            }
        }

        foreach (var file in claimed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await HandleAsync(gemeentecode, outbox, file, cancellationToken);
                _reported.TryRemove(file, out _);
                handled++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The file stays in processing/ and is tried again on the next sweep (a store that is away comes back);
                // the failure is logged once, not on every sweep.
                ReportOnce(file, e.GetType().Name, () => LogFileFailed(logger, gemeentecode, BsnRedactor.Redact(Path.GetFileName(file)), e.GetType().Name, BsnRedactor.Redact(e.Message)));
            }
        }

        ForgetGone();
        return handled;
    }

    /// <summary>Whether a path is a symbolic link (or other reparse point) itself, by lstat: it is never followed.</summary>
    internal static bool IsLink(string path)
    {
        var entry = new FileInfo(path);
        return entry.LinkTarget is not null || (entry.Exists && entry.Attributes.HasFlag(FileAttributes.ReparsePoint));
    }

    /// <summary>The *.xml entries of a folder that are not real directories (links to directories included), by lstat.</summary>
    private static IEnumerable<string> Entries(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos("*.xml")
            .Where(e => !e.Attributes.HasFlag(FileAttributes.Directory) || e.LinkTarget is not null)
            .Select(e => e.FullName);

    private async Task HandleAsync(string gemeentecode, string outbox, string file, CancellationToken cancellationToken)
    {
        OutboxRead read;
        try
        {
            read = OutboxFileReader.Read(file, options.Value.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            read = OutboxRead.Refused($"The file cannot be read ({e.GetType().Name}). Drop it again as a regular file the gateway may read.");
        }

        if (read.Payload is null)
        {
            await RejectUnreadAsync(gemeentecode, outbox, file, read, cancellationToken);
            return;
        }

        var receipt = await submitter.SubmitAsync(new OutboundSubmission(read.Payload, gemeentecode, "backoffice-outbox:" + gemeentecode), cancellationToken);
        if (receipt.Queued || receipt.Duplicate)
        {
            MoveInto(file, Path.Combine(outbox, DoneFolder));
            LogPickedUp(logger, receipt.MessageId, gemeentecode, receipt.Duplicate);
            return;
        }

        var rejected = Directory.CreateDirectory(Path.Combine(outbox, RejectedFolder)).FullName;
        var report = new StringBuilder()
            .Append("Refused, not sent (message ").Append(receipt.MessageId).Append("): ").AppendLine(receipt.Reason);
        foreach (var issue in receipt.Issues)
        {
            report.Append("- level ").Append(issue.Level).Append(' ').Append(issue.Code)
                .Append(issue.RetourCode is null ? "" : " (retourcode " + issue.RetourCode + ")")
                .Append(issue.Path is null ? "" : " at " + issue.Path)
                .Append(": ").AppendLine(issue.Message);
        }

        await WriteAtomicallyAsync(Path.Combine(rejected, Path.GetFileName(file) + ErrorSuffix), Encoding.UTF8.GetBytes(report.ToString()), cancellationToken);
        MoveInto(file, rejected);
        LogRejected(logger, receipt.MessageId, gemeentecode, receipt.Issues.Count);
    }

    /// <summary>A file that was not read (link, FIFO, too large, unreadable): its reason next to it in rejected/; a link is removed.</summary>
    private async Task RejectUnreadAsync(string gemeentecode, string outbox, string file, OutboxRead read, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var rejected = Directory.CreateDirectory(Path.Combine(outbox, RejectedFolder)).FullName;
        var report = string.Create(CultureInfo.InvariantCulture, $"Refused, not read and not sent: {read.Refusal}{Environment.NewLine}");
        await WriteAtomicallyAsync(Path.Combine(rejected, name + ErrorSuffix), Encoding.UTF8.GetBytes(report), cancellationToken);
        if (read.IsLink)
        {
            File.Delete(file);
        }
        else
        {
            MoveInto(file, rejected);
        }

        LogNotRead(logger, gemeentecode, BsnRedactor.Redact(name), read.Refusal!);
    }

    /// <summary>Moves a handled file and stamps it with the time it was handled, from which <see cref="OutboxRetention"/> counts.</summary>
    private void MoveInto(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        File.Move(file, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, time.GetUtcNow().UtcDateTime);
    }

    private async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + BackOfficeDirectoryWriter.TemporaryExtension;
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.SetLastWriteTimeUtc(temporary, time.GetUtcNow().UtcDateTime);
        File.Move(temporary, path, overwrite: true);
    }

    private void ReportOnce(string key, string failure, Action log)
    {
        if (_reported.TryGetValue(key, out var previous) && previous == failure)
        {
            return;
        }

        _reported[key] = failure;
        log();
    }

    private void ForgetGone()
    {
        foreach (var key in _reported.Keys.Where(k => !File.Exists(k) && !Directory.Exists(k) && new FileInfo(k).LinkTarget is null))
        {
            _reported.TryRemove(key, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox file of back office {Gemeentecode} submitted as message {MessageId} (duplicate {Duplicate})")]
    private static partial void LogPickedUp(ILogger logger, long messageId, string gemeentecode, bool duplicate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox file of back office {Gemeentecode} refused as message {MessageId} with {Issues} issue(s); moved to rejected/")]
    private static partial void LogRejected(ILogger logger, long messageId, string gemeentecode, int issues);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox file {FileName} of back office {Gemeentecode} was not read and is rejected: {Refusal}")]
    private static partial void LogNotRead(ILogger logger, string gemeentecode, string fileName, string refusal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox file {FileName} of back office {Gemeentecode} could not be handled ({Failure}: {Detail}); it stays in processing/ and is tried again on every sweep, logged once")]
    private static partial void LogFileFailed(ILogger logger, string gemeentecode, string fileName, string failure, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The folder {Folder} of the outbox of back office {Gemeentecode} is a symbolic link; it is never followed and this outbox is not picked up until it is a real folder; logged once")]
    private static partial void LogFolderIsLink(ILogger logger, string gemeentecode, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox {Outbox} of back office {Gemeentecode} cannot be read ({Failure}); logged once until it changes")]
    private static partial void LogOutboxUnreadable(ILogger logger, string gemeentecode, string outbox, string failure);
}
