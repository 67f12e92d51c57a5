using Gateway.Messages.Model;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Declaraties;

/// <summary>The verdict on one prestatie of a 323. Holds no BSN.</summary>
/// <param name="ReferentieNummer">Its ProductReferentie/ReferentieNummer, by which a 325 lists it.</param>
/// <param name="Product">ProductCategorie and ProductCode (the contract and its ceilings are found by them).</param>
/// <param name="ProductPeriodeBegin">The start of its ProductPeriode (the ceiling year).</param>
/// <param name="Bedrag">IngediendBedrag in eurocents, signed: debit positive, credit negative.</param>
/// <param name="Judgement">Granted or why it is rejected.</param>
public sealed record PrestatieVerdict(string ReferentieNummer, Product Product, DateOnly ProductPeriodeBegin, long Bedrag, PrestatieJudgement Judgement)
{
    /// <summary>True when the 325 grants it.</summary>
    public bool IsGranted => Judgement == PrestatieJudgement.Granted;

    /// <summary>The signed amount of a DebetCredit pair (C negative).</summary>
    public static long Signed(long bedrag, string debetCredit) => debetCredit == LedgerPrestatie.Credit ? -bedrag : bedrag;
}
