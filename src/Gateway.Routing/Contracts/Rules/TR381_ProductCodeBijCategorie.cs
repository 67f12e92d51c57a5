using Gateway.Messages.Answers;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// TR381 (S329, external source: the product code list in use): a ProductCode must belong to its ProductCategorie on
/// the list in use — the list the contract for that product names, else the region's default list for the standard.
/// Checked on every product-carrying class; an aspecifiek line (no code) has nothing to check; with no list in use
/// the rule cannot judge and passes.
/// </summary>
internal sealed class TR381_ProductCodeBijCategorie(ReloadingSource<ReferenceData> reference, ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public const string RetourCode = "S329";

    public string Code => "TR381";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } =
    [
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.VerzoekOmWijziging, MessageCode.Declaratie,
    ];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var data = reference.Current;
        var register = contracts.Current;
        var bericht = check.Bericht;
        var gemeente = ProductLines.Gemeente(bericht);
        var aanbieder = ProductLines.Aanbieder(bericht);
        var rejections = new List<ClassRejection>();
        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.Code is not { } code)
            {
                continue;
            }

            // The list is chosen by the code's contract, whatever category the line claims.
            var listName = register.Contracts
                .FirstOrDefault(c => c.Standard == bericht.Standard && c.Aanbieder == aanbieder && c.CoversGemeente(gemeente) && c.Code == code && c.IsValidOn(line.Day))
                ?.ProductCodeLijst;
            var list = listName is not null ? data.List(listName) : data.DefaultList(bericht.Standard);
            if (list is not null && !list.Fits(line.Categorie, code, line.Day))
            {
                rejections.Add(new ClassRejection(line.Path, RetourCode));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ClassRejection>>(rejections);
    }
}
