using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Volumes;

namespace Gateway.Host.Operators;

/// <summary>Ceilings and held 325s as operators (API, CLI, metrics) and back offices see them.</summary>
internal sealed class DeclaratieAntwoordQueries(HeldAnswers held, CeilingGrants ceilings, IDeclaratieAntwoordStore? store)
{
    /// <summary>
    /// The ceilings of the register with their usage. An operator who does not see the whole region sees a ceiling only
    /// when it is limited to gemeenten that are all theirs (a regional ceiling's usage includes other gemeenten).
    /// </summary>
    public async Task<IReadOnlyList<CeilingView>> CeilingsAsync(OperatorAccount account, CancellationToken cancellationToken)
    {
        var usage = store is null ? [] : await store.ListCeilingUsageAsync(cancellationToken);
        return [.. ceilings.Ceilings
            .Where(c => account.SeesAll || (c.Gemeenten.Count > 0 && c.Gemeenten.All(account.Gemeenten.Contains)))
            .Select(c =>
            {
                var used = usage.FirstOrDefault(u => u.CeilingId == c.Id && u.Jaar == c.Jaar);
                return new CeilingView(
                    c.Id,
                    c.Standard?.ToString().ToLowerInvariant(),
                    c.Jaar,
                    new CeilingScopeView(c.Aanbieder, c.Perceel, c.Categorie, c.Code, c.Gemeenten),
                    c.Bedrag,
                    used?.Used ?? 0,
                    CeilingArithmetic.Percentage(used?.Used ?? 0, c.Bedrag),
                    c.Drempels,
                    used?.ThresholdsReached ?? [],
                    c.Beleid == CeilingPolicy.Hold ? "hold" : "warn");
            })];
    }

    /// <summary>The held 325s the account may see, earliest deadline first.</summary>
    public async Task<IReadOnlyList<HeldAnswerView>> HeldAsync(OperatorAccount account, CancellationToken cancellationToken) =>
        [.. (await held.ListAsync(Gemeenten(account), cancellationToken)).Select(View)];

    /// <summary>Releases a held 325 the account may see.</summary>
    public Task<HeldAnswerDecision> ReleaseAsync(OperatorAccount account, long answerMessageId, CancellationToken cancellationToken) =>
        held.ReleaseAsync(answerMessageId, account.Name, Gemeenten(account), cancellationToken);

    private HeldAnswerView View(HeldAnswer a) => new(
        a.AnswerMessageId,
        a.DeclaratieMessageId,
        a.Standard.ToString().ToLowerInvariant(),
        a.Aanbieder,
        a.Gemeentecode,
        a.DeclaratieNummer,
        a.Ingediend,
        a.Toegekend,
        a.Reasons,
        a.Ontvangen,
        a.Deadline,
        held.WorkingDaysLeft(a));

    private static IReadOnlyCollection<string>? Gemeenten(OperatorAccount account) => account.SeesAll ? null : account.Gemeenten;
}
