using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Figures;

/// <summary>
/// What the 325 that goes out for a held 323 (the held one as built, or the back office's own) rejects: the whole
/// declaration, or the prestaties it lists by ReferentieNummer, each for its own rejecting retourcodes or, rejected with
/// its client, for the client's. A prestatie the gateway's checks rejected stays rejected for its own reasons (no 325
/// grants what a rule refused, as <see cref="DeclaratieVerdict"/> decides for the ledger); the others it rejects count
/// under <see cref="FigureReason.BackOffice"/>.
/// </summary>
public sealed class FigureDecision
{
    private static readonly Dictionary<string, IReadOnlyList<FigureReason>> NoneListed = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<FigureReason>? _wholly;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<FigureReason>> _listed;

    private FigureDecision(IReadOnlyList<FigureReason>? wholly, IReadOnlyDictionary<string, IReadOnlyList<FigureReason>> listed)
    {
        _wholly = wholly;
        _listed = listed;
    }

    /// <summary>The decision a 325 carries.</summary>
    public static FigureDecision Of(Bericht325 answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var declaratie = answer.DeclaratieAntwoord;
        if (declaratie is null || DeclaratieVerdict.RejectsWholly(declaratie))
        {
            return new(Reasons(declaratie?.RetourCodes ?? answer.Header.RetourCodes), NoneListed);
        }

        var listed = new Dictionary<string, IReadOnlyList<FigureReason>>(StringComparer.Ordinal);
        foreach (var client in declaratie.Clienten ?? [])
        {
            foreach (var p in client.Prestaties)
            {
                var own = Reasons(p.RetourCodes.Where(DeclaratieVerdict.IsRejection));
                listed[p.ProductReferentie.ReferentieNummer] = own.Count > 0 ? own : Reasons(client.RetourCodes.Where(DeclaratieVerdict.IsRejection));
            }
        }

        return new(null, listed);
    }

    /// <summary>Why the 325 rejects the prestatie with this ReferentieNummer, or null when it grants it.</summary>
    public IReadOnlyList<FigureReason>? RejectionOf(string referentieNummer) =>
        _wholly ?? (_listed.TryGetValue(referentieNummer, out var reasons) ? reasons : null);

    private static List<FigureReason> Reasons(IEnumerable<string> codes) =>
        [.. codes.Distinct(StringComparer.Ordinal).Select(code => new FigureReason(code, FigureReason.BackOffice))];
}
