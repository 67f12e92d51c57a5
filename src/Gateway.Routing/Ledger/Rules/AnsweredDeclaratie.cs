using System.Runtime.CompilerServices;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// The 323 an outbound 325 answers, read back from the message store inside the check's transaction: the stored
/// inbound 323 of the provider the 325 goes to (its Ontvanger), with the Identificatie of the 325's
/// DeclaratieIdentificatie, sent to the gemeente that sends the 325. The message store keeps every received 323
/// (the ledger only those whose 325 granted part), so it is the one source that knows them all.
/// </summary>
/// <param name="IsKnown">
/// True when such a 323 was received and, where its payload is still stored, its Dagtekening is the one the 325 names.
/// </param>
/// <param name="Declaratie">The 323 itself; null when unknown, or when retention already removed its payload.</param>
internal sealed record AnsweredDeclaratie(bool IsKnown, Bericht323? Declaratie)
{
    private static readonly AnsweredDeclaratie Unknown = new(false, null);

    // Several rules ask for the same check: the 323 is read and parsed once per check (keyed by the check instance).
    private static readonly ConditionalWeakTable<CrossMessageCheck, Task<AnsweredDeclaratie>> PerCheck = [];

    /// <summary>Finds the 323 the 325 answers (once per check).</summary>
    public static Task<AnsweredDeclaratie> FindAsync(CrossMessageCheck check, CancellationToken cancellationToken) =>
        PerCheck.GetValue(check, c => ReadAsync(c, cancellationToken));

    private static async Task<AnsweredDeclaratie> ReadAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var antwoord = (Bericht325)check.Bericht;
        var header = antwoord.Header;
        var tx = check.Transaction;
        var stored = await tx.FindAnsweredMessageAsync(antwoord.Standard, MessageCode.Declaratie, header.Ontvanger, header.DeclaratieIdentificatie.Identificatie, cancellationToken);
        if (stored is not { Direction: MessageDirection.Inbound } || stored.Ontvanger != header.Afzender)
        {
            return Unknown;
        }

        if (await tx.ReadPayloadAsync(stored.Id, cancellationToken) is not { } payload)
        {
            return new(true, null);
        }

        var declaratie = (Bericht323)BerichtReader.Read(payload);
        return declaratie.Header.BerichtIdentificatie.Dagtekening == header.DeclaratieIdentificatie.Dagtekening ? new(true, declaratie) : Unknown;
    }

    /// <summary>The prestaties of the 323 by ReferentieNummer, each with its client's BSN (unique per provider, TR314).</summary>
    public IReadOnlyDictionary<string, (string Bsn, Prestatie Prestatie)> PrestatiesByReferentie() =>
        Declaratie is null
            ? new Dictionary<string, (string, Prestatie)>()
            : Declaratie.Declaratie.Clienten
                .SelectMany(c => c.Prestaties.Select(p => (c.Bsn, Prestatie: p)))
                .GroupBy(x => x.Prestatie.ProductReferentie.ReferentieNummer, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The prestaties the 325 lists with their paths and their client's path and BSN.</summary>
    public static IEnumerable<(string Path, string ClientPath, string Bsn, Prestatie Prestatie)> Prestaties(Bericht325 antwoord)
    {
        foreach (var (clientPath, client) in ClassPaths.Of<DeclaratieClient>(antwoord))
        {
            for (var i = 0; i < client.Prestaties.Count; i++)
            {
                yield return (ClassPaths.Item(clientPath + "/Prestaties", "Prestatie", i + 1), clientPath, client.Bsn, client.Prestaties[i]);
            }
        }
    }
}
