using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CS340: the DeclaratiePeriode is exactly one whole calendar month.</summary>
internal sealed class CS340_DeclaratiePeriodeIsKalendermaand : MessageRule
{
    public override string Code => "CS340";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "De DeclaratiePeriode is precies één hele kalendermaand: van de eerste tot en met de laatste dag van die maand.",
        "The DeclaratiePeriode is exactly one whole calendar month: from the first to the last day of that month.");

    public override RuleText Fix { get; } = new(
        "Laat de DeclaratiePeriode op de 1e van de maand beginnen en op de laatste dag van dezelfde maand eindigen.",
        "Start the DeclaratiePeriode on the 1st of a month and end it on the last day of that same month.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht323 b)
        {
            yield break;
        }

        var periode = b.Declaratie.DeclaratiePeriode;
        var wholeMonth = periode.Begindatum.Day == 1
            && periode.Einddatum == DeclaratieDatum.LastDayOfMonth(periode.Begindatum);
        if (!wholeMonth)
        {
            yield return At("/Bericht/Declaratie/DeclaratiePeriode", string.Create(
                CultureInfo.InvariantCulture,
                $"DeclaratiePeriode {periode.Begindatum:yyyy-MM-dd}..{periode.Einddatum:yyyy-MM-dd} is not one whole calendar month"));
        }
    }
}
