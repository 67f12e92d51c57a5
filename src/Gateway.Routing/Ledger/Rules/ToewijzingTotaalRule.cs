using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// Shared totalling of TR322 and TR369: per toewijzing, what earlier 325s granted (debit − credit), then this 323's
/// credits (a correction's credit makes room for its replacement debit wherever it stands in the message, IV086), then
/// its debits in message order; a debit after which the total would exceed the limit is rejected and adds nothing, so
/// one oversized debit does not also reject the debits after it. Only what the 325 will grant counts: a prestatie of
/// this 323 that another rule rejects (TR389, TR323, TR308 …, or its Client, TR304) adds and frees nothing, so these
/// rules judge after the others (<see cref="IJudgesAfterOtherRules"/>). Only live toewijzingen of this client at this
/// provider are totalled (TR338/TR384 judge the others).
/// </summary>
internal abstract class ToewijzingTotaalRule(ILedgerReader ledger) : LedgerRule(ledger), IJudgesAfterOtherRules
{
    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    /// <summary>The limit and the amount a prestatie adds to it (negative for a credit); null when the rule does not apply.</summary>
    protected abstract (long Limit, Func<string, long, long?> Amount)? Measure(LedgerToewijzing toewijzing);

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var totals = new Dictionary<long, long>();
        var rejections = new List<ClassRejection>();
        var lines = DeclaratieLines.Prestaties((Bericht323)check.Bericht);
        foreach (var line in lines.Where(l => IsCredit(l.Prestatie)).Concat(lines.Where(l => !IsCredit(l.Prestatie))))
        {
            if (await DeclaratieLines.ToewijzingAsync(Ledger, check, line, cancellationToken) is not { IsDeleted: false } toewijzing || Measure(toewijzing) is not { } measure)
            {
                continue;
            }

            var nummer = line.Prestatie.ToewijzingNummer;
            if (!totals.TryGetValue(nummer, out var total))
            {
                var granted = await Ledger.PrestatiesOnToewijzingAsync(check.Transaction, parties.Standard, parties.Gemeentecode, nummer, cancellationToken);
                total = granted.Where(p => p.IsApproved).Sum(p => measure.Amount(p.Eenheid, p.IsCredit ? -p.GeleverdVolume : p.GeleverdVolume) ?? 0);
            }

            var prestatie = line.Prestatie;
            var debet = !IsCredit(prestatie);
            var after = total + (measure.Amount(prestatie.Eenheid, debet ? prestatie.GeleverdVolume : -prestatie.GeleverdVolume) ?? 0);
            if (debet && after > measure.Limit)
            {
                rejections.Add(Reject(line.Path));
            }
            else if (!IsRejected(check, line))
            {
                total = after;
            }

            totals[nummer] = total;
        }

        return rejections;
    }

    /// <summary>True when another rule rejected the prestatie, its Client or the Declaratie: the 325 grants none of it.</summary>
    private static bool IsRejected(CrossMessageCheck check, DeclaratieLines.Line line) =>
        check.RejectedByOtherRules.Any(p => line.Path == p || line.Path.StartsWith(p + "/", StringComparison.Ordinal));

    private static bool IsCredit(Prestatie prestatie) => prestatie.IngediendBedrag.DebetCredit == LedgerPrestatie.Credit;
}
