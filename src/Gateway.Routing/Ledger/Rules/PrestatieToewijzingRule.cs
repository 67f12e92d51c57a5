using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// A rule that compares each prestatie of a 323 with the live (not deleted) toewijzing it names; prestaties without
/// such a toewijzing are left to TR338 and TR384, so one fault gives one code.
/// </summary>
internal abstract class PrestatieToewijzingRule(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override IReadOnlyCollection<Gateway.Messages.Standards.MessageCode> AppliesTo { get; } = [Gateway.Messages.Standards.MessageCode.Declaratie];

    /// <summary>True when the prestatie breaks the rule against its toewijzing.</summary>
    protected abstract bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing);

    public override async ValueTask<IReadOnlyList<Gateway.Messages.Answers.ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var rejections = new List<Gateway.Messages.Answers.ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (await DeclaratieLines.ToewijzingAsync(Ledger, check, line, cancellationToken) is { IsDeleted: false } toewijzing && Breaks(line.Prestatie, toewijzing))
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
