using System.Text;
using Gateway.Host.Region;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// Picks up what directory back offices drop in their outbox: claims a file by renaming it into <c>processing/</c>,
/// submits it through the same outbound path as the HTTP API, then moves it to <c>done/</c> or <c>rejected/</c> (with a
/// <c>.error.txt</c> naming the issues). A file left in <c>processing/</c> by a crash is submitted again on the next
/// sweep; the dedup key makes that harmless.
/// </summary>
internal sealed partial class OutboxPickup(IOptions<HostRegionOptions> region, OutboundSubmitter submitter, ILogger<OutboxPickup> logger)
{
    public const string ProcessingFolder = "processing";
    public const string DoneFolder = "done";
    public const string RejectedFolder = "rejected";
    public const string ErrorSuffix = ".error.txt";

    /// <summary>Handles every waiting file of every directory back office; returns how many files were handled.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var gemeente in region.Value.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory))
        {
            handled += await SweepAsync(gemeente.Code, gemeente.BackOffice.OutboxPath!, cancellationToken);
        }

        return handled;
    }

    private async Task<int> SweepAsync(string gemeentecode, string outbox, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(outbox))
        {
            return 0;
        }

        var processing = Directory.CreateDirectory(Path.Combine(outbox, ProcessingFolder)).FullName;
        var handled = 0;

        // Orphans of a crash first, then fresh files; files still being written by the back office end in .tmp or start with '.'.
        var claimed = Directory.GetFiles(processing, "*.xml").ToList();
        foreach (var file in Directory.GetFiles(outbox, "*.xml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(processing, Path.GetFileName(file));
            try
            {
                File.Move(file, target, overwrite: false);
                claimed.Add(target);
            }
            catch (IOException)
            {
                // Claimed by someone else, or a same-named file is still in processing; the next sweep looks again.
            }
        }

        foreach (var file in claimed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SubmitAsync(gemeentecode, outbox, file, cancellationToken);
            handled++;
        }

        return handled;
    }

    private async Task SubmitAsync(string gemeentecode, string outbox, string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        var payload = await File.ReadAllBytesAsync(file, cancellationToken);
        var receipt = await submitter.SubmitAsync(new OutboundSubmission(payload, gemeentecode, "backoffice-outbox:" + gemeentecode), cancellationToken);
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

        await WriteAtomicallyAsync(Path.Combine(rejected, name + ErrorSuffix), Encoding.UTF8.GetBytes(report.ToString()), cancellationToken);
        MoveInto(file, rejected);
        LogRejected(logger, receipt.MessageId, gemeentecode, receipt.Issues.Count);
    }

    private static void MoveInto(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + BackOfficeDirectoryWriter.TemporaryExtension;
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox file of back office {Gemeentecode} submitted as message {MessageId} (duplicate {Duplicate})")]
    private static partial void LogPickedUp(ILogger logger, long messageId, string gemeentecode, bool duplicate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox file of back office {Gemeentecode} refused as message {MessageId} with {Issues} issue(s); moved to rejected/")]
    private static partial void LogRejected(ILogger logger, long messageId, string gemeentecode, int issues);
}
