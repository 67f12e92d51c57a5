using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Declaraties;

/// <summary>
/// Ceiling usage: attributes granted amounts to the ceilings that cover their contract (found by gemeente × aanbieder ×
/// product on the ProductPeriode; the ceiling year is the ProductPeriode's year), keeps the usage in the store inside the
/// transaction that grants, and raises one operator signal per threshold per ceiling-year. Without a contract register
/// (<see cref="NoContracts"/>) there are no ceilings and nothing is tracked.
/// </summary>
public sealed partial class CeilingGrants
{
    private readonly IDeclaratieAntwoordStore _store;
    private readonly ReloadingSource<ContractRegister> _contracts;
    private readonly ILogger<CeilingGrants> _logger;

    /// <summary>Creates the tracker; with <see cref="NoContracts"/> it tracks nothing.</summary>
    public CeilingGrants(IDeclaratieAntwoordStore store, ReloadingSource<ContractRegister> contracts, ILogger<CeilingGrants> logger)
    {
        _store = store;
        _contracts = contracts;
        _logger = logger;
    }

    /// <summary>The ceilings of the register in use (empty without one).</summary>
    public IReadOnlyList<Ceiling> Ceilings => _contracts.Current.Ceilings;

    /// <summary>
    /// What granting these amounts would do to each ceiling with beleid hold they count towards (only such a ceiling can
    /// hold a 325); nothing is recorded. Reading a ceiling's usage takes its ceiling-year's lock (PostgreSQL: held until
    /// the unit commits, in every instance), so a ceiling that only warns is left to <see cref="GrantAsync"/>, the last
    /// step of the unit: 323s on it take turns for a few statements instead of for their whole commit phase.
    /// </summary>
    public async Task<IReadOnlyList<CeilingOutcome>> EvaluateHoldingAsync(IStoreTransaction transaction, IEnumerable<GrantedAmount> amounts, CancellationToken cancellationToken)
    {
        var outcomes = new List<CeilingOutcome>();
        foreach (var (ceiling, amount) in Attribute(_contracts.Current, amounts).Where(c => c.Ceiling.Beleid == CeilingPolicy.Hold))
        {
            var used = await _store.CeilingUsageAsync(transaction, ceiling.Id, ceiling.Jaar, cancellationToken);
            outcomes.Add(CeilingCheck.Evaluate(ceiling, used, amount));
        }

        return outcomes;
    }

    /// <summary>
    /// Grants what the verdict on a recorded 323 grants: adds it to the usage of the ceilings and signals each
    /// threshold reached for the first time in the ceiling-year (an event on the 323 and a warning in the log). The usage
    /// before and after each addition come from the addition itself, under the ceiling-year's lock.
    /// </summary>
    public async Task<IReadOnlyList<CeilingOutcome>> GrantAsync(IStoreTransaction transaction, long declaratieMessageId, DeclaratieVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(verdict);
        if (_contracts.Current.Ceilings.Count == 0)
        {
            return [];
        }

        // Ceilings that can hold first, as EvaluateHoldingAsync took them: every unit takes these locks in one order.
        var outcomes = new List<CeilingOutcome>();
        foreach (var (ceiling, amount) in Attribute(_contracts.Current, verdict.GrantedAmounts()).OrderBy(c => c.Ceiling.Beleid != CeilingPolicy.Hold))
        {
            var usedAfter = await _store.AddCeilingUsageAsync(transaction, ceiling.Id, ceiling.Jaar, amount, cancellationToken);
            var outcome = CeilingCheck.Evaluate(ceiling, usedAfter - amount, amount);
            outcomes.Add(outcome);
            foreach (var drempel in outcome.Crossed)
            {
                if (!await _store.MarkThresholdReachedAsync(transaction, ceiling.Id, ceiling.Jaar, drempel, declaratieMessageId, cancellationToken))
                {
                    continue;
                }

                var detail = $"Ceiling {ceiling.Id} ({ceiling.Jaar}) reached {drempel} %: used {outcome.UsedAfter} of {ceiling.Bedrag} eurocents, beleid {ceiling.Beleid.ToString().ToLowerInvariant()}.";
                await transaction.AddEventAsync(declaratieMessageId, MessageEventTypes.CeilingThresholdReached, detail, cancellationToken: cancellationToken);
                LogThreshold(_logger, ceiling.Id, ceiling.Jaar, drempel, outcome.UsedAfter, ceiling.Bedrag, declaratieMessageId);
            }
        }

        return outcomes;
    }

    /// <summary>The net amount per ceiling (ceilings with a zero total are left out).</summary>
    internal static IReadOnlyList<(Ceiling Ceiling, long Amount)> Attribute(ContractRegister register, IEnumerable<GrantedAmount> amounts)
    {
        var totals = new Dictionary<string, (Ceiling Ceiling, long Amount)>(StringComparer.Ordinal);
        foreach (var amount in amounts)
        {
            if (register.Find(amount.Standard, amount.Gemeentecode, amount.Aanbieder, amount.Categorie, amount.Code, amount.ProductPeriodeBegin) is not { } contract)
            {
                continue;
            }

            foreach (var ceiling in register.CeilingsFor(contract, amount.Gemeentecode, amount.ProductPeriodeBegin))
            {
                totals[ceiling.Id] = totals.TryGetValue(ceiling.Id, out var total) ? (ceiling, total.Amount + amount.Bedrag) : (ceiling, amount.Bedrag);
            }
        }

        return [.. totals.Values.Where(t => t.Amount != 0).OrderBy(t => t.Ceiling.Id, StringComparer.Ordinal)];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ceiling {CeilingId} ({Jaar}) reached its {Drempel} % threshold: used {Used} of {Bedrag} eurocents (declaration message {MessageId})")]
    private static partial void LogThreshold(ILogger logger, string ceilingId, int jaar, int drempel, long used, long bedrag, long messageId);
}
