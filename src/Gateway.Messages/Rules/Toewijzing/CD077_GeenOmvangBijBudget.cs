using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD077: a product with a Budget has no Omvang.</summary>
internal sealed class CD077_GeenOmvangBijBudget : MessageRule
{
    public override string Code => "CD077";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Is het Budget gevuld, dan blijft de Omvang leeg.",
        "When a Budget is given, the Omvang stays empty.");

    public override RuleText Fix { get; } = new(
        "Geef het product zonder productcode een budget of een omvang, niet beide.",
        "Give the product without a product code either a budget or an Omvang, not both.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var line in ProductLines.Of(bericht))
        {
            if (OmvangBudgetConflict.Has(line))
            {
                yield return At(
                    line.OmvangPath,
                    string.Create(CultureInfo.InvariantCulture, $"Product has Budget {line.Budget} and also an Omvang"));
            }
        }
    }
}
