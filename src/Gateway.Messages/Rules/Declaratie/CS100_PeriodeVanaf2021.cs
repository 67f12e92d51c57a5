using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CS100: DeclaratiePeriode and ProductPeriode lie on or after 1 January 2021 (earlier periods go in the old 303).</summary>
/// <remarks>
/// The rule is set on the Begindatum ("vullen met een datum die groter dan of gelijk is aan 01-01-2021") and the
/// official XSLT checks only that element; an Einddatum before its Begindatum is TR137's to report, not CS100's.
/// </remarks>
internal sealed class CS100_PeriodeVanaf2021 : MessageRule
{
    public override string Code => "CS100";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "DeclaratiePeriode en ProductPeriode bevatten alleen datums op of na 1 januari 2021.",
        "DeclaratiePeriode and ProductPeriode only hold dates on or after 1 January 2021.");

    public override RuleText Fix { get; } = new(
        "Declareer met dit bericht alleen perioden vanaf 1 januari 2021; eerdere perioden horen niet in een 323.",
        "Declare only periods from 1 January 2021 with this message; earlier periods do not belong in a 323.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht323 b)
        {
            yield break;
        }

        var periods = ClassPaths.Of<Prestatie>(b)
            .Select(p => (Path: p.Path + "/ProductPeriode", Periode: p.Record.ProductPeriode))
            .Prepend(("/Bericht/Declaratie/DeclaratiePeriode", b.Declaratie.DeclaratiePeriode));
        foreach (var (path, periode) in periods)
        {
            if (periode.Begindatum < DeclaratieDatum.EersteDeclaratieDag)
            {
                yield return At(path + "/Begindatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"the period begins on {periode.Begindatum:yyyy-MM-dd}, before 2021-01-01"));
            }
        }
    }
}
