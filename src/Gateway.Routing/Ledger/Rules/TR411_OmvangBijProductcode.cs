using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR411 (9411): a TeWijzigenProduct carries an Omvang when its toewijzing has a product Code (a specific toewijzing).</summary>
internal sealed class TR411_OmvangBijProductcode(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR411";

    public override string RetourCode => "9411";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        return [.. vow.TeWijzigen
            .Where(t => t.Line.Omvang is null && vow.ActualOf(t.Line.ToewijzingNummer) is { Product.Code: not null })
            .Select(t => Reject(t.Path))];
    }
}
