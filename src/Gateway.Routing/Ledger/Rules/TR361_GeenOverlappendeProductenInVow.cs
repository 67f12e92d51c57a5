using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR361 (9361): a product occurs more than once in a 317 only with periods that do not overlap. Unchanged and
/// to-change products take Product and period from their toewijzing (a to-change one its requested Einddatum);
/// products compare on Code, on Categorie when a Code is missing, and an empty Product overlaps everything. Two new
/// products are TR410's business (level 2); the later product of an overlapping pair is marked.
/// </summary>
internal sealed class TR361_GeenOverlappendeProductenInVow(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR361";

    public override string RetourCode => "9361";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var lines = new List<(string Path, Product? Product, DateOnly Begin, DateOnly? End, bool IsNew)>();
        foreach (var (path, line) in vow.Ongewijzigd)
        {
            if (vow.ActualOf(line.ToewijzingNummer) is { } t)
            {
                lines.Add((path, t.Product, t.Ingangsdatum, t.Einddatum, false));
            }
        }

        foreach (var (path, line) in vow.TeWijzigen)
        {
            if (vow.ActualOf(line.ToewijzingNummer) is { } t)
            {
                lines.Add((path, t.Product, t.Ingangsdatum, line.Einddatum ?? t.Einddatum, false));
            }
        }

        lines.AddRange(vow.Nieuw.Select(n => (n.Path, n.Line.Product, n.Line.GewensteIngangsdatum, n.Line.Einddatum, true)));
        var rejected = new List<ClassRejection>();
        for (var j = 1; j < lines.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (lines[i], lines[j]);
                if ((!a.IsNew || !b.IsNew) && Collide(a.Product, b.Product) && Overlap(a.Begin, a.End, b.Begin, b.End))
                {
                    rejected.Add(Reject(b.Path));
                    break;
                }
            }
        }

        return rejected;
    }

    private static bool Collide(Product? a, Product? b) =>
        a is null || b is null
        || (a.Code is not null && b.Code is not null ? a.Code == b.Code : a.Categorie == b.Categorie);

    private static bool Overlap(DateOnly aBegin, DateOnly? aEnd, DateOnly bBegin, DateOnly? bEnd) =>
        (aEnd is null || bBegin <= aEnd) && (bEnd is null || aBegin <= bEnd);
}
