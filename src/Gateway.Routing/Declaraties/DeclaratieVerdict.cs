using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Declaraties;

/// <summary>
/// The ONE decision on a 323, per client and prestatie: granted, rejected, or rejected with its client (or with the
/// whole declaration), with signed amounts. Computed once after the level-3/4 checks (<see cref="Of(Bericht323, MessageOutcome?)"/>)
/// or read from a 325 for a held 323 (<see cref="Of(HeldAnswer, IReadOnlyList{LedgerPrestatie}, Bericht325)"/>), and handed
/// to the hold policy, the ledger, the ceilings and the store; nobody re-derives it from class paths. Holds no BSN.
/// </summary>
/// <param name="Parties">Standard, gemeente and aanbieder of the 323.</param>
/// <param name="DeclaratieNummer">The 323's DeclaratieNummer.</param>
/// <param name="IsRejected">
/// True when the declaration as a whole is rejected (level 2, the header, or the class Declaratie): nothing is granted
/// and the 323 counts as not processed; every prestatie is <see cref="PrestatieJudgement.RejectedWithDeclaratie"/>.
/// </param>
/// <param name="Clienten">Its clients in message order.</param>
public sealed record DeclaratieVerdict(LedgerParties Parties, string DeclaratieNummer, bool IsRejected, IReadOnlyList<ClientVerdict> Clienten)
{
    /// <summary>The class path of the 323's Declaratie; a rejection there rejects the whole declaration.</summary>
    public const string DeclaratiePath = "/Bericht/Declaratie";

    /// <summary>Every prestatie in message order.</summary>
    public IEnumerable<PrestatieVerdict> Prestaties => Clienten.SelectMany(c => c.Prestaties);

    /// <summary>True when the 325 answers per client and prestatie (DeclaratieAntwoord 0200 or 8001), whether or not anything is granted.</summary>
    public bool AnswersPerPrestatie => !IsRejected;

    /// <summary>True when at least one prestatie is granted: only then the ledger records the 323.</summary>
    public bool GrantsAny => Prestaties.Any(p => p.IsGranted);

    /// <summary>True when the 325 answers per prestatie and rejects at least one client or prestatie.</summary>
    public bool RejectsLines => !IsRejected && Prestaties.Any(p => !p.IsGranted);

    /// <summary>How many classes the 325 rejects on their own code: rejected clients plus prestaties rejected by themselves.</summary>
    public int RejectedClasses => Clienten.Count(c => c.IsRejected) + Prestaties.Count(p => p.Judgement == PrestatieJudgement.Rejected);

    /// <summary>Σ debit − Σ credit of every prestatie (eurocents; the 323's TotaalIngediendBedrag, TR358).</summary>
    public long Ingediend => Prestaties.Sum(p => p.Bedrag);

    /// <summary>Σ debit − Σ credit of the granted prestaties (eurocents; the 325's TotaalToegekendBedrag).</summary>
    public long Toegekend => Prestaties.Where(p => p.IsGranted).Sum(p => p.Bedrag);

    /// <summary>The class path of a client (1-based), as the checks and the 325 builder name it.</summary>
    public static string ClientPath(int client) => ClassPaths.Item(DeclaratiePath + "/Clienten", "Client", client);

    /// <summary>The class path of a prestatie (both 1-based).</summary>
    public static string PrestatiePath(int client, int prestatie) => ClassPaths.Item(ClientPath(client) + "/Prestaties", "Prestatie", prestatie);

    /// <summary>The judgement on the prestatie with this ReferentieNummer, or null when the 323 has none.</summary>
    public PrestatieJudgement? JudgementOf(string referentieNummer) =>
        Prestaties.FirstOrDefault(p => string.Equals(p.ReferentieNummer, referentieNummer, StringComparison.Ordinal))?.Judgement;

    /// <summary>The granted amounts with what their ceilings are found by.</summary>
    public IEnumerable<GrantedAmount> GrantedAmounts() =>
        Prestaties.Where(p => p.IsGranted).Select(p => new GrantedAmount(
            Parties.Standard, Parties.Gemeentecode, Parties.Aanbieder, p.Product.Categorie, p.Product.Code, p.ProductPeriodeBegin, p.Bedrag));

    /// <summary>
    /// The verdict of the gateway's checks on a received 323: accepted (or no outcome) grants everything; a level-2,
    /// header or Declaratie rejection rejects the whole declaration; otherwise a rejected client rejects all its
    /// prestaties and a rejected prestatie only itself (its own code wins over its client's).
    /// </summary>
    public static DeclaratieVerdict Of(Bericht323 declaratie, MessageOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(declaratie);
        var codes = outcome?.ClassCodes ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var wholly = outcome is { Kind: OutcomeKind.RejectedAtLevel2 or OutcomeKind.RejectedAtHeader } || codes.ContainsKey(DeclaratiePath);
        var clienten = declaratie.Declaratie.Clienten.Select((client, c) =>
        {
            var clientRejected = !wholly && IsRejectedAtOrAbove(codes, ClientPath(c + 1));
            return new ClientVerdict(c + 1, clientRejected, [.. client.Prestaties.Select((p, i) => Verdict(p, Judge(wholly, clientRejected, codes.ContainsKey(PrestatiePath(c + 1, i + 1)))))]);
        });
        return new DeclaratieVerdict(LedgerParties.Of(declaratie), declaratie.Declaratie.DeclaratieNummer, wholly, [.. clienten]);
    }

    /// <summary>
    /// The verdict a 325 gives on a held 323, over the prestaties the ledger recorded for it: the whole declaration
    /// rejected unless DeclaratieAntwoord carries 0200 or 8001; a listed prestatie rejected (with its client when the
    /// client carries a rejecting code and the prestatie 0233); an unlisted one granted. A prestatie the checks already
    /// rejected stays rejected: no 325 grants what a level-3/4 rule refused in the ledger.
    /// </summary>
    public static DeclaratieVerdict Of(HeldAnswer held, IReadOnlyList<LedgerPrestatie> recorded, Bericht325 antwoord)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(antwoord);
        var answer = antwoord.DeclaratieAntwoord;
        var wholly = RejectsWholly(answer);
        var listed = new Dictionary<string, PrestatieJudgement>(StringComparer.Ordinal);
        foreach (var client in answer?.Clienten ?? [])
        {
            var clientRejected = client.RetourCodes.Any(IsRejection);
            foreach (var p in client.Prestaties)
            {
                listed[p.ProductReferentie.ReferentieNummer] = clientRejected && !p.RetourCodes.Any(IsRejection)
                    ? PrestatieJudgement.RejectedWithClient
                    : PrestatieJudgement.Rejected;
            }
        }

        var clienten = recorded.GroupBy(p => p.ClientId, StringComparer.Ordinal).Select((group, c) =>
        {
            var prestaties = group.Select(p => new PrestatieVerdict(
                p.ReferentieNummer,
                p.Product,
                p.ProductPeriode.Begindatum,
                PrestatieVerdict.Signed(p.Bedrag, p.DebetCredit),
                wholly ? PrestatieJudgement.RejectedWithDeclaratie
                : listed.TryGetValue(p.ReferentieNummer, out var judgement) ? judgement
                : p.Status == PrestatieStatus.Rejected ? PrestatieJudgement.Rejected
                : PrestatieJudgement.Granted)).ToList();
            return new ClientVerdict(c + 1, !wholly && prestaties.Any(p => p.Judgement == PrestatieJudgement.RejectedWithClient), prestaties);
        });
        return new DeclaratieVerdict(new LedgerParties(held.Standard, held.Gemeentecode, held.Aanbieder), held.DeclaratieNummer, wholly, [.. clienten]);
    }

    private static PrestatieVerdict Verdict(Prestatie p, PrestatieJudgement judgement) => new(
        p.ProductReferentie.ReferentieNummer,
        new Product(p.ProductCategorie, p.ProductCode),
        p.ProductPeriode.Begindatum,
        PrestatieVerdict.Signed(p.IngediendBedrag.Bedrag, p.IngediendBedrag.DebetCredit),
        judgement);

    private static PrestatieJudgement Judge(bool wholly, bool clientRejected, bool prestatieRejected) =>
        wholly ? PrestatieJudgement.RejectedWithDeclaratie
        : prestatieRejected ? PrestatieJudgement.Rejected
        : clientRejected ? PrestatieJudgement.RejectedWithClient
        : PrestatieJudgement.Granted;

    /// <summary>True when a code sits on the class at <paramref name="path"/> or on a class that contains it.</summary>
    private static bool IsRejectedAtOrAbove(IReadOnlyDictionary<string, IReadOnlyList<string>> codes, string path) =>
        codes.Keys.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal));

    /// <summary>True when a 325 with this DeclaratieAntwoord (null: rejected at header level) rejects the whole declaration: no 0200 or 8001 on it.</summary>
    internal static bool RejectsWholly(DeclaratieAntwoord? answer) =>
        answer is null || !answer.RetourCodes.Any(c => c is RetourCodes.GeenOpmerking or RetourCodes.DeclaratieToegekend);

    /// <summary>True when a retourcode of a 325 rejects the class it sits on (anything but 0200, 0233 and 8001).</summary>
    internal static bool IsRejection(string code) => code is not (RetourCodes.GeenOpmerking or RetourCodes.NietBeoordeeld or RetourCodes.DeclaratieToegekend);
}
