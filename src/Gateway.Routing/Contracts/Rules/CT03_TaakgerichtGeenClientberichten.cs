using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// Region rule: a taakgericht product is paid as a lump sum for a population task, so it gets no toewijzing, no
/// request and no declaration per client (§4.1). A 301 (outbound, refused before sending) or a 315/317 for such a
/// product is rejected with S329 on the product (it is not on the list of client-level products in use); a 323
/// prestatie with 0611 (there is no contract tariff to declare against). 305/307 are allowed when agreed (TR019).
/// </summary>
internal sealed class CT03_TaakgerichtGeenClientberichten(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public string Code => "CT03";

    public int Level => 4;

    public IReadOnlyCollection<string> RetourCodes { get; } = [TR381_ProductCodeBijCategorie.RetourCode, TR418_ContractTarief.RetourCode];

    public RuleText Meaning { get; } = new(
        "Een taakgericht product wordt als geheel betaald voor een taak voor de hele bevolking: er is geen toewijzing, verzoek of declaratie per cliënt (regioregel).",
        "A taakgericht product is paid as a lump sum for a task for the whole population: there is no toewijzing, request or declaration per client (a region rule).");

    public RuleText Fix { get; } = new(
        "Stuur geen 301, 315, 317 of 323 voor dit product; de zorg wordt via de taakgerichte bekostiging betaald.",
        "Send no 301, 315, 317 or 323 for this product; the care is paid through the taakgericht funding.");

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } =
        [MessageCode.Toewijzing, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var register = contracts.Current;
        var bericht = check.Bericht;
        var gemeente = ProductLines.Gemeente(bericht);
        var aanbieder = ProductLines.Aanbieder(bericht);
        var code = bericht.Code == MessageCode.Declaratie ? TR418_ContractTarief.RetourCode : TR381_ProductCodeBijCategorie.RetourCode;
        IReadOnlyList<ClassRejection> rejections =
        [
            .. ProductLines.Of(bericht)
                .Where(line => register.Find(bericht.Standard, gemeente, aanbieder, line.Categorie, line.Code, line.Day) is { Variant: FundingVariant.Taakgericht })
                .Select(line => new ClassRejection(line.Path, code)),
        ];
        return ValueTask.FromResult(rejections);
    }
}
