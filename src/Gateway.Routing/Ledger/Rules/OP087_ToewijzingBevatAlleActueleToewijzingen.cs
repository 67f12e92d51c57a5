using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// OP087: a 301 carries every toewijzing of the client at this provider that is actual on its Dagtekening (unchanged,
/// changed, ended or deleted), plus what changed since the previous 301. A back office's 301 that omits one the ledger
/// holds is refused before sending, marked on the Client. OP087 is a business rule without a retourcode of its own;
/// 9349 (TR349, the same demand on a 317) is the nearest the standard has, and Meaning says what is wrong; the
/// rejection's Detail names the ToewijzingNummers that are missing, so the back office can see which ones to add.
/// </summary>
internal sealed class OP087_ToewijzingBevatAlleActueleToewijzingen(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "OP087";

    public override RuleText Meaning { get; } = new(
        "De 301 mist een toewijzing van deze cliënt bij deze aanbieder die op de Dagtekening actueel is.",
        "The 301 omits a toewijzing of this client at this provider that is actual on its Dagtekening.");

    public override RuleText Fix { get; } = new(
        "Stuur in de 301 alle actuele toewijzingen van de cliënt bij deze aanbieder mee, ongewijzigd of gewijzigd, naast wat nieuw is.",
        "Send every actual toewijzing of the client at this provider in the 301, unchanged or changed, besides what is new.");

    public override string RetourCode => "9349";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var bericht = (Bericht301)check.Bericht;
        var actual = await LedgerLines.ActualToewijzingenAsync(Ledger, check, bericht.Header.BerichtIdentificatie.Dagtekening, cancellationToken);
        var listed = bericht.Client.ToegewezenProducten.Select(p => p.ToewijzingNummer).ToHashSet();
        var missing = actual.Select(t => t.ToewijzingNummer).Where(n => !listed.Contains(n)).Distinct().Order().ToList();
        return missing.Count == 0
            ? None
            : [Reject("/Bericht/Client") with { Detail = $"Missing ToewijzingNummer(s): {string.Join(", ", missing)}." }];
    }
}
