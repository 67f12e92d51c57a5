using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// Region rule (not a TR of the standard): an outbound 301 may only allocate a product the provider is contracted
/// for on the Ingangsdatum (a generic toewijzing without product is not judged). Refused before sending; the rule's
/// Code is the reason the operator sees. The standard has no retourcode for this; S329 (the product is not on the
/// list in use between this gemeente and this provider) is recorded.
/// </summary>
internal sealed class CT01_ProductGecontracteerd(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public const string RetourCode = "S329";

    public string Code => "CT01 product niet gecontracteerd bij deze aanbieder";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        if (check.Flow != Flow.Outbound)
        {
            return ValueTask.FromResult(ProductLines.None);
        }

        var register = contracts.Current;
        var bericht = check.Bericht;
        var gemeente = ProductLines.Gemeente(bericht);
        var aanbieder = ProductLines.Aanbieder(bericht);
        var rejections = new List<ClassRejection>();
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(bericht))
        {
            if (product.Product is { } p && product.RedenWijziging != "13"
                && register.Find(bericht.Standard, gemeente, aanbieder, p.Categorie, p.Code, product.Ingangsdatum) is null)
            {
                rejections.Add(new ClassRejection(path, RetourCode));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ClassRejection>>(rejections);
    }
}

/// <summary>
/// Region rule: an outbound 301's Eenheid must fit the contracted product's variant (inspanningsgericht 01/04/14/16/84,
/// outputgericht 82/83) and be the contract's unit (minutes and hours are interchangeable, TR341). Refused before
/// sending; 0611 (not what the contract agrees: the tariff is per contracted unit) is recorded.
/// </summary>
internal sealed class CT02_EenheidPastBijVariant(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public const string RetourCode = "0611";

    public string Code => "CT02 eenheid past niet bij het contract (variant of eenheid)";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        if (check.Flow != Flow.Outbound)
        {
            return ValueTask.FromResult(ProductLines.None);
        }

        var register = contracts.Current;
        var bericht = check.Bericht;
        var gemeente = ProductLines.Gemeente(bericht);
        var aanbieder = ProductLines.Aanbieder(bericht);
        var rejections = new List<ClassRejection>();
        foreach (var (path, product) in ClassPaths.Of<ToegewezenProduct>(bericht))
        {
            if (product.Product is not { } p || product.Omvang is not { } omvang
                || register.Find(bericht.Standard, gemeente, aanbieder, p.Categorie, p.Code, product.Ingangsdatum) is not { } contract
                || contract.Variant == FundingVariant.Taakgericht)
            {
                continue;
            }

            if (!Eenheden.Fits(omvang.Eenheid, contract.Variant) || !SameUnit(omvang.Eenheid, contract.Eenheid))
            {
                rejections.Add(new ClassRejection(path, RetourCode));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ClassRejection>>(rejections);
    }

    private static bool SameUnit(string eenheid, string? contracted) =>
        contracted is null || eenheid == contracted
        || (eenheid is Eenheden.Minuut or Eenheden.Uur && contracted is Eenheden.Minuut or Eenheden.Uur);
}

/// <summary>
/// Region rule: a taakgericht product is paid as a lump sum for a population task, so it gets no toewijzing, no
/// request and no declaration per client (§4.1). A 301 (outbound, refused before sending) or a 315/317 for such a
/// product is rejected with S329 on the product (it is not on the list of client-level products in use); a 323
/// prestatie with 0611 (there is no contract tariff to declare against). 305/307 are allowed when agreed (TR019).
/// </summary>
internal sealed class CT03_TaakgerichtGeenClientberichten(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public string Code => "CT03 taakgericht product: geen toewijzing, verzoek of declaratie per client";

    public int Level => 4;

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
