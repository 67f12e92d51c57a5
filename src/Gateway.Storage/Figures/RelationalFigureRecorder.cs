using System.Globalization;
using Gateway.Messages.Standards;
using Gateway.Routing.Figures;
using Gateway.Routing.Store;
using Gateway.Storage.Ledger;
using Gateway.Storage.Protection;
using Gateway.Storage.Relational;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Figures;

/// <summary>
/// The figures' prestaties in the store's database (migration 8: figure_prestatie and its reasons), written inside the
/// <see cref="IStoreTransaction"/> it gets (the relational store's), like the ledger. Clients only as keyed hashes.
/// </summary>
public sealed class RelationalFigureRecorder : IFigureRecorder
{
    /// <inheritdoc />
    public async Task RecordAsync(IStoreTransaction transaction, JudgedDeclaratie declaratie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declaratie);
        var tx = UnitOf(transaction);
        var parties = declaratie.Verdict.Parties;
        var now = ToMs(tx.Store.Time.GetUtcNow());
        var clienten = declaratie.Bericht.Declaratie.Clienten;
        var k = 0;

        // Every prestatie and its reasons in one command; a reason names its prestatie by the id its insert just drew.
        var batch = new StatementBatch(tx.Store.Dialect);
        var prestatie = tx.Store.Dialect.LastInsertedId("figure_prestatie");
        for (var c = 0; c < clienten.Count; c++)
        {
            var client = tx.Hash(KeyedHashPurpose.Bsn, clienten[c].Bsn);
            for (var i = 0; i < clienten[c].Prestaties.Count; i++)
            {
                var p = clienten[c].Prestaties[i];
                var judged = declaratie.Verdict.Clienten[c].Prestaties[i].IsGranted ? FigureStates.Granted : FigureStates.Rejected;
                batch.Add($"""
                    INSERT INTO figure_prestatie (declaratie_message_id, standard, gemeentecode, aanbieder, client_hash, hash_gen, referentie_nummer,
                        toewijzing_nummer, product_categorie, product_code, periode_begin, periode_einde, maand, geleverd_volume, eenheid, bedrag,
                        judged, state, received_at, answered_at)
                    VALUES (@m, @s, @g, @a, @c, @cg, @ref, @n, @cat, @code, @begin, @einde, @maand, @vol, @eenheid, @bedrag,
                        @judged, @state, COALESCE({RelationalLedger.ReceivedAt}, @now), @answered)
                    """,
                    ("@m", declaratie.MessageId), ("@s", parties.Standard.Key()), ("@g", parties.Gemeentecode), ("@a", parties.Aanbieder),
                    ("@c", client), ("@cg", tx.Store.Hasher.CurrentGeneration), ("@ref", p.ProductReferentie.ReferentieNummer), ("@n", p.ToewijzingNummer),
                    ("@cat", p.ProductCategorie), ("@code", p.ProductCode), ("@begin", Date(p.ProductPeriode.Begindatum)), ("@einde", Date(p.ProductPeriode.Einddatum)),
                    ("@maand", p.ProductPeriode.Begindatum.ToString("yyyy-MM", CultureInfo.InvariantCulture)), ("@vol", p.GeleverdVolume), ("@eenheid", p.Eenheid),
                    ("@bedrag", declaratie.Verdict.Clienten[c].Prestaties[i].Bedrag), ("@judged", judged), ("@state", declaratie.Held ? FigureStates.Held : judged),
                    ("@now", now), ("@answered", declaratie.Held ? null : now));
                foreach (var reason in declaratie.Reasons[k++])
                {
                    batch.Add(ReasonSql(prestatie), ("@code", reason.RetourCode), ("@rule", reason.Rule));
                }
            }
        }

        await batch.ExecuteAsync(tx.Connection, tx.Transaction, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DecideAsync(IStoreTransaction transaction, long declaratieMessageId, FigureDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var tx = UnitOf(transaction);
        var now = ToMs(tx.Store.Time.GetUtcNow());
        await using var select = Command(tx.Connection, tx.Transaction, "SELECT id, referentie_nummer, judged FROM figure_prestatie WHERE declaratie_message_id = @m AND state = @held ORDER BY id",
            ("@m", declaratieMessageId), ("@held", FigureStates.Held));
        var held = await ReadAllAsync(select, r => (Id: r.GetInt64(0), Referentie: r.GetString(1), Judged: r.GetString(2)), cancellationToken);
        foreach (var (id, referentie, judged) in held)
        {
            // What the checks rejected stays rejected for their reasons; the 325 decides the rest.
            var rejection = judged == FigureStates.Rejected ? [] : decision.RejectionOf(referentie);
            await using (var update = Command(tx.Connection, tx.Transaction, "UPDATE figure_prestatie SET state = @state, answered_at = @now WHERE id = @id",
                ("@state", judged == FigureStates.Rejected || rejection is not null ? FigureStates.Rejected : FigureStates.Granted), ("@now", now), ("@id", id)))
            {
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await AddReasonsAsync(tx, id, rejection ?? [], cancellationToken);
        }
    }

    private static async Task AddReasonsAsync(RelationalStoreTransaction tx, long prestatieId, IReadOnlyList<FigureReason> reasons, CancellationToken cancellationToken)
    {
        foreach (var reason in reasons)
        {
            await using var insert = Command(tx.Connection, tx.Transaction, ReasonSql("@p"), ("@p", prestatieId), ("@code", reason.RetourCode), ("@rule", reason.Rule));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string ReasonSql(string prestatie) =>
        $"INSERT INTO figure_prestatie_reason (prestatie_id, retour_code, rule) VALUES ({prestatie}, @code, @rule) ON CONFLICT DO NOTHING";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RelationalStoreTransaction UnitOf(IStoreTransaction transaction) => RelationalStoreTransaction.Of(transaction, "The figures");
}
