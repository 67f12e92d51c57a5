using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD078: a product with an Omvang has no Budget.</summary>
internal sealed class CD078_GeenBudgetBijOmvang : MessageRule
{
    public override string Code => "CD078";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Is de Omvang gevuld, dan blijft het Budget leeg.",
        "When an Omvang is given, the Budget stays empty.");

    public override RuleText Fix { get; } = new(
        "Laat het budget weg bij een specifiek product met omvang.",
        "Leave the budget out for a specific product with an Omvang.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (OmvangBudgetConflict.Has(line))
            {
                yield return At(
                    line.BudgetPath,
                    string.Create(CultureInfo.InvariantCulture, $"Product has an Omvang and also Budget {line.Budget}"));
            }
        }
    }
}
