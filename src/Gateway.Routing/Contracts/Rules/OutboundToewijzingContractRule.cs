using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// The walk the region's checks on an outbound 301 share: each ToegewezenProduct with a product, and the contract of
/// this gemeente × aanbieder × product on its Ingangsdatum (null when there is none). Refused before sending; the
/// rule's <see cref="Meaning"/> is the reason the operator sees and <see cref="RetourCode"/> the nearest code the standard has.
/// </summary>
internal abstract class OutboundToewijzingContractRule(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public abstract string Code { get; }

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Toewijzing];

    public IReadOnlyCollection<string> RetourCodes => [RetourCode];

    public abstract RuleText Meaning { get; }

    public abstract RuleText Fix { get; }

    /// <summary>The code recorded on a rejected ToegewezenProduct.</summary>
    protected abstract string RetourCode { get; }

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
        IReadOnlyList<ClassRejection> rejections =
        [
            .. ClassPaths.Of<ToegewezenProduct>(bericht)
                .Where(line => line.Record.Product is { } p
                    && Rejects(line.Record, register.Find(bericht.Standard, gemeente, aanbieder, p.Categorie, p.Code, line.Record.Ingangsdatum)))
                .Select(line => new ClassRejection(line.Path, RetourCode)),
        ];
        return ValueTask.FromResult(rejections);
    }

    /// <summary>True when this product (which has a Product) is refused, given its contract (null: none).</summary>
    protected abstract bool Rejects(ToegewezenProduct product, Contract? contract);
}
