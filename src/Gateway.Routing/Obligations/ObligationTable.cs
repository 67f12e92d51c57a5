using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Routing.Obligations;

/// <summary>
/// The table of istandaarden-3.2 §5.4: which message opens which obligation, with which due date, and which message
/// fulfils it, in both directions. Terms in working days count on the Algemene termijnenwet calendar
/// (<see cref="WorkingDays"/>) from the Dutch date the gateway received or sent the message; the 8 and 2 weeks in
/// calendar days from the request's dagtekening. A 305 is due 5 working days after the care started or, for a
/// toewijzing the region sent after that (backdated), 5 working days after that 301 was sent (OP271); the ledger
/// (<see cref="ILedgerReader"/>) knows when.
/// </summary>
internal sealed class ObligationTable(IObligationStore store, DeclaratieAntwoordOptions declaraties, ILedgerReader ledger)
{
    public const int RetourWerkdagen = 3;
    public const int VerzoekWerkdagen = 5;
    public const int StartStopWerkdagen = 5;
    public const int DefinitiefDagen = 8 * 7;
    public const int WoonplaatsbeginselDagen = 2 * 7;

    private const string InOnderzoek = "2";
    private const string Afgewezen = "1";
    private const string RedenWoonplaatsbeginsel = "8";

    /// <summary>A message from the hub: the region owes its retour or 325, a request its answers; a provider's retour fulfils, a late start or stop is recorded.</summary>
    public async Task InboundAsync(CommitState context, CancellationToken cancellationToken)
    {
        var (bericht, tx, on) = (context.Bericht, context.Transaction, DutchDate.Of(context.Message.ReceivedAt));
        var id = context.RequireMessageId();
        var info = MessageCatalog.Get(bericht.Code);
        if (bericht is Bericht323)
        {
            var owed = New(context, ObligationKind.DeclaratieAntwoord, ObligationOwner.Region, Number(id), on, context.AnswerHold?.Deadline ?? WorkingDays.Add(on, declaraties.TermijnWerkdagen));
            await (context.AnswerHold is null && context.AnswerMessageId is not null ? store.RecordFulfilledAsync(tx, owed, on, cancellationToken) : store.OpenAsync(tx, owed, cancellationToken));
        }
        else if (info.AnswerCode is not null && context.AnswerMessageId is not null)
        {
            await store.RecordFulfilledAsync(tx, New(context, ObligationKind.Retour, ObligationOwner.Region, Number(id), on, WorkingDays.Add(on, RetourWerkdagen)), on, cancellationToken);
        }
        else if (info.IsRetour && context.CorrelatedTo is { Direction: MessageDirection.Outbound } heen)
        {
            await store.CloseAsync(tx, Closing(context, ObligationKind.Retour, Number(heen.Id), on), cancellationToken);
        }

        if (context.Outcome is { IsAccepted: false })
        {
            return;
        }

        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        var due = WorkingDays.Add(on, VerzoekWerkdagen);
        switch (bericht)
        {
            case Bericht315 verzoek:
                foreach (var referentie in verzoek.Client.AangevraagdeProducten.Select(p => p.ReferentieAanbieder).Distinct(StringComparer.Ordinal))
                {
                    await store.OpenAsync(tx, New(context, ObligationKind.ToewijzingVerzoekAntwoord, ObligationOwner.Region, referentie, dagtekening, due), cancellationToken);
                }

                break;
            case Bericht317 wijziging:
                await store.OpenAsync(tx, New(context, ObligationKind.WijzigingVerzoekAntwoord, ObligationOwner.Region, wijziging.Client.Verzoek.ReferentieAanbieder, dagtekening, due), cancellationToken);
                break;
            case Bericht305 start:
                foreach (var p in start.Client.StartProducten.Where(p => p.StatusAanlevering == StatusAanlevering.Toevoegen))
                {
                    var known = p.ToewijzingNummer is { } nummer ? await ToewijzingSentOnAsync(context, nummer, cancellationToken) : null;
                    await RecordIfLateAsync(context, ObligationKind.Start, $"{p.ToewijzingNummer}/{p.Begindatum:yyyy-MM-dd}", p.Begindatum, on, cancellationToken, known);
                }

                break;
            case Bericht307 stop:
                foreach (var p in stop.Client.StopProducten.Where(p => p.StatusAanlevering == StatusAanlevering.Toevoegen))
                {
                    await RecordIfLateAsync(context, ObligationKind.Stop, $"{p.ToewijzingNummer}/{p.Begindatum:yyyy-MM-dd}/{p.Einddatum:yyyy-MM-dd}", p.Einddatum, on, cancellationToken);
                }

                break;
        }
    }

    /// <summary>A message a back office sends: the provider owes its retour; a 301, 319 or 325 fulfils what the region owed; "in onderzoek" opens the final answer.</summary>
    public async Task OutboundAsync(CommitState context, CancellationToken cancellationToken)
    {
        var (bericht, tx, on) = (context.Bericht, context.Transaction, DutchDate.Of(context.Message.ReceivedAt));
        var id = context.RequireMessageId();
        if (MessageCatalog.Get(bericht.Code).AnswerCode is not null and not MessageCode.DeclaratieAntwoord)
        {
            await store.OpenAsync(tx, New(context, ObligationKind.Retour, ObligationOwner.Provider, Number(id), on, WorkingDays.Add(on, RetourWerkdagen)), cancellationToken);
        }

        switch (bericht)
        {
            case Bericht301 toewijzing:
                foreach (var referentie in toewijzing.Client.ToegewezenProducten.Select(p => p.ReferentieAanbieder).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    await CloseAsync(context, on, referentie, cancellationToken, ObligationKind.ToewijzingVerzoekAntwoord, ObligationKind.WijzigingVerzoekAntwoord, ObligationKind.DefinitiefAntwoord);
                    await store.CloseAsync(tx, Closing(context, ObligationKind.Woonplaatsbeginsel, referentie, on) with { CountsLate = false }, cancellationToken);
                }

                break;
            case Bericht319 antwoord:
                await AnswerAsync(context, antwoord.Antwoord, on, cancellationToken);
                break;
            case Bericht325 when context.CorrelatedTo is { } declaratie:
                await store.CloseAsync(tx, Closing(context, ObligationKind.DeclaratieAntwoord, Number(declaratie.Id), on), cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(CommitState context, Antwoord antwoord, DateOnly on, CancellationToken cancellationToken)
    {
        var (tx, referentie) = (context.Transaction, antwoord.ReferentieAanbieder);
        var request = await FindRequestAsync(context, referentie, cancellationToken);
        await CloseAsync(context, on, referentie, cancellationToken, ObligationKind.ToewijzingVerzoekAntwoord, ObligationKind.WijzigingVerzoekAntwoord);
        // The request's dagtekening as the region received it; a request from before the gateway counts from this 319's.
        var dagtekening = request?.Since ?? context.Bericht.Header.BerichtIdentificatie.Dagtekening;
        if (antwoord.VerzoekAntwoord == InOnderzoek)
        {
            await store.OpenAsync(tx, New(context, ObligationKind.DefinitiefAntwoord, ObligationOwner.Region, referentie, dagtekening, dagtekening.AddDays(DefinitiefDagen)), cancellationToken);
            if (context.Bericht.Standard == Standard.Ijw)
            {
                await store.OpenAsync(tx, New(context, ObligationKind.Woonplaatsbeginsel, ObligationOwner.Region, referentie, dagtekening, dagtekening.AddDays(WoonplaatsbeginselDagen)), cancellationToken);
            }

            return;
        }

        if (antwoord.VerzoekAntwoord != Afgewezen)
        {
            return;
        }

        var woonplaats = antwoord.RedenAfwijzingVerzoek == RedenWoonplaatsbeginsel;
        await store.CloseAsync(tx, Closing(context, ObligationKind.DefinitiefAntwoord, referentie, on), cancellationToken);
        var closed = await store.CloseAsync(tx, Closing(context, ObligationKind.Woonplaatsbeginsel, referentie, on) with { CountsLate = woonplaats }, cancellationToken);
        if (woonplaats && closed == 0 && request is not null)
        {
            // Refused for the woonplaatsbeginsel without "in onderzoek" first: the 2 weeks still held, recorded late when missed.
            await store.RecordFulfilledAsync(tx, New(context, ObligationKind.Woonplaatsbeginsel, ObligationOwner.Region, referentie, dagtekening, dagtekening.AddDays(WoonplaatsbeginselDagen)), on, cancellationToken);
        }
    }

    private async Task<Obligation?> FindRequestAsync(CommitState context, string referentie, CancellationToken cancellationToken)
    {
        var (standard, gemeente, aanbieder) = Parties(context);
        return await store.FindAsync(context.Transaction, ObligationKind.ToewijzingVerzoekAntwoord, standard, gemeente, aanbieder, referentie, cancellationToken)
            ?? await store.FindAsync(context.Transaction, ObligationKind.WijzigingVerzoekAntwoord, standard, gemeente, aanbieder, referentie, cancellationToken);
    }

    private async Task CloseAsync(CommitState context, DateOnly on, string referentie, CancellationToken cancellationToken, params ObligationKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            await store.CloseAsync(context.Transaction, Closing(context, kind, referentie, on), cancellationToken);
        }
    }

    /// <summary>
    /// Records a start or stop sent more than 5 working days after it <paramref name="happened"/>, or after the provider
    /// received the toewijzing (<paramref name="knownSince"/>) when that came later (a backdated 301; OP271).
    /// </summary>
    private async Task RecordIfLateAsync(CommitState context, ObligationKind kind, string reference, DateOnly happened, DateOnly on, CancellationToken cancellationToken, DateOnly? knownSince = null)
    {
        var since = knownSince is { } known && known > happened ? known : happened;
        var due = WorkingDays.Add(since, StartStopWerkdagen);
        if (on > due)
        {
            await store.RecordFulfilledAsync(context.Transaction, New(context, kind, ObligationOwner.Provider, reference, since, due), on, cancellationToken);
        }
    }

    /// <summary>The Dutch date the region sent the first 301 of this toewijzing; null when the ledger does not know it (or its message is purged).</summary>
    private async Task<DateOnly?> ToewijzingSentOnAsync(CommitState context, long nummer, CancellationToken cancellationToken)
    {
        var versions = await ledger.ToewijzingVersionsAsync(context.Transaction, context.Bericht.Standard, MessageFacts.GemeentecodeOf(context.Bericht), nummer, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var first = await context.Transaction.GetMessageAsync(versions.Min(v => v.MessageId), cancellationToken);
        return first is null ? null : DutchDate.Of(first.CreatedAt);
    }

    private static NewObligation New(CommitState context, ObligationKind kind, ObligationOwner owner, string reference, DateOnly since, DateOnly due)
    {
        var (standard, gemeente, aanbieder) = Parties(context);
        return new NewObligation(kind, owner, standard, gemeente, aanbieder, reference, context.RequireMessageId(), since, due);
    }

    private static ObligationClosing Closing(CommitState context, ObligationKind kind, string reference, DateOnly on)
    {
        var (standard, gemeente, aanbieder) = Parties(context);
        return new ObligationClosing(kind, standard, gemeente, aanbieder, reference, context.RequireMessageId(), on);
    }

    private static (Standard Standard, string Gemeentecode, string Aanbieder) Parties(CommitState context) =>
        (context.Bericht.Standard, MessageFacts.GemeentecodeOf(context.Bericht), MessageFacts.ProviderOf(context.Bericht));

    private static string Number(long id) => id.ToString(CultureInfo.InvariantCulture);
}
