using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>TR358: the declared total equals the debit amounts minus the credit amounts of all prestaties.</summary>
internal sealed class TR358_TotaalIngediendBedragIsSomPrestaties : MessageRule
{
    public override string Code => "TR358";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "TotaalIngediendBedrag (met debet/credit) is gelijk aan de som van IngediendBedrag van alle prestaties: debet telt op, credit trekt af.",
        "TotaalIngediendBedrag (with its debit/credit sign) equals the sum of IngediendBedrag over all prestaties: debits add, credits subtract.");

    public override RuleText Fix { get; } = new(
        "Tel de debetbedragen op, trek de creditbedragen af en neem de uitkomst (met D of C) op als TotaalIngediendBedrag.",
        "Add up the debit amounts, subtract the credit amounts and put the result (with D or C) in TotaalIngediendBedrag.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht323 b)
        {
            yield break;
        }

        var sum = ClassPaths.Of<Prestatie>(b).Sum(p => DeclaratieBedrag.Signed(p.Record.IngediendBedrag));
        var total = DeclaratieBedrag.Signed(b.Declaratie.TotaalIngediendBedrag);
        if (sum != total)
        {
            yield return At(
                "/Bericht/Declaratie/TotaalIngediendBedrag",
                $"TotaalIngediendBedrag is {DeclaratieBedrag.Format(total)} but the prestaties add up to {DeclaratieBedrag.Format(sum)}");
        }
    }
}
