using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR357 (9357): a change that does not start in the future (GewensteIngangsdatum on or before the Dagtekening) applies
/// to the whole toewijzing, so its GewensteIngangsdatum equals the toewijzing's Ingangsdatum.
/// </summary>
internal sealed class TR357_IngangsdatumInVerledenIsOrigineel(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR357";

    public override string RetourCode => "9357";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var dagtekening = vow.Bericht.Header.BerichtIdentificatie.Dagtekening;
        return [.. vow.TeWijzigen
            .Where(t => t.Line.GewensteIngangsdatum <= dagtekening && vow.ActualOf(t.Line.ToewijzingNummer) is { } original && original.Ingangsdatum != t.Line.GewensteIngangsdatum)
            .Select(t => Reject(t.Path))];
    }
}
