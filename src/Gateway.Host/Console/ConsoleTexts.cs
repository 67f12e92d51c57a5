namespace Gateway.Host.Console;

/// <summary>
/// The console's fixed texts in Dutch (the default) and English. A key every page may use; an unknown key is a bug and
/// throws, so a page with a typo fails its browser test instead of showing a blank.
/// </summary>
internal sealed class ConsoleTexts
{
    private static readonly Dictionary<string, (string Nl, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["console.name"] = ("Gateway-console", "Gateway console"),
        ["nav.label"] = ("Hoofdmenu", "Main menu"),
        ["nav.skip"] = ("Naar de inhoud", "Skip to content"),
        ["nav.overview"] = ("Overzicht", "Overview"),
        ["nav.failures"] = ("Storingen", "Failures"),
        ["nav.search"] = ("Zoeken", "Search"),
        ["nav.held"] = ("Vastgehouden 325's", "Held 325s"),
        ["nav.ceilings"] = ("Plafonds", "Ceilings"),
        ["nav.deadlines"] = ("Termijnen", "Deadlines"),
        ["nav.reports"] = ("Stuurinformatie", "Steering figures"),
        ["signout"] = ("Afmelden", "Sign out"),

        ["signin.title"] = ("Aanmelden", "Sign in"),
        ["signin.kind"] = ("Ik meld me aan als", "I sign in as"),
        ["signin.operator"] = ("beheerder (operator-sleutel)", "operator (operator key)"),
        ["signin.backoffice"] = ("backoffice van een gemeente (gemeentecode en sleutel)", "back office of a gemeente (gemeentecode and key)"),
        ["signin.gemeentecode"] = ("Gemeentecode (alleen voor een backoffice)", "Gemeentecode (back office only)"),
        ["signin.key"] = ("Sleutel", "Key"),
        ["signin.submit"] = ("Aanmelden", "Sign in"),
        ["signin.help"] = (
            "Beheerders gebruiken de sleutel van de operator-API (Gateway:Operators); een backoffice de sleutel waarmee hij berichten aanbiedt.",
            "Operators use the key of the operator API (Gateway:Operators); a back office the key it submits messages with."),
        ["signin.wrong.operator"] = ("Deze sleutel hoort bij geen beheerder.", "This key belongs to no operator."),
        ["signin.wrong.backoffice"] = ("Deze gemeentecode en sleutel horen niet bij een backoffice van de regio.", "This gemeentecode and key do not belong to a back office of the region."),

        ["overview.title"] = ("Overzicht", "Overview"),
        ["overview.deadletters"] = ("dode brieven", "dead letters"),
        ["overview.oldest"] = ("oudste wachtende levering", "oldest pending delivery"),
        ["overview.circuit"] = ("verbinding met de GGk", "circuit to the GGk"),
        ["overview.freeze"] = ("releasebevriezing GGk", "GGk release freeze"),
        ["overview.frozen"] = ("bevroren", "frozen"),
        ["overview.nofreeze"] = ("geen", "none"),
        ["overview.until"] = ("tot", "until"),
        ["overview.held"] = ("vastgehouden 325's", "held 325s"),
        ["overview.perhour"] = ("Berichten per uur (laatste 48 uur)", "Messages per hour (last 48 hours)"),
        ["overview.percode"] = ("Afwijzingen per retourcode (laatste 7 dagen)", "Rejections per retourcode (last 7 days)"),
        ["overview.queue"] = ("Wachtrij per bestemming en toestand", "Queue per destination and state"),
        ["overview.queue.empty"] = ("De wachtrij is leeg.", "The queue is empty."),
        ["overview.heldnear"] = ("Vastgehouden 325's vlak voor hun termijn", "Held 325s nearing their deadline"),
        ["overview.heldnear.none"] = ("Geen 325 nadert zijn termijn.", "No held 325 is nearing its deadline."),
        ["circuit.closed"] = ("gesloten (goed)", "closed (healthy)"),
        ["circuit.open"] = ("open (GGk onbereikbaar)", "open (GGk unreachable)"),
        ["circuit.half_open"] = ("half open (proberen)", "half open (probing)"),
        ["circuit.isolated"] = ("geïsoleerd", "isolated"),
        ["delivery.Pending"] = ("wacht", "pending"),
        ["delivery.Sending"] = ("wordt verstuurd", "sending"),
        ["delivery.Delivered"] = ("afgeleverd", "delivered"),
        ["delivery.DeadLettered"] = ("dode brief", "dead letter"),
        ["delivery.RefusedByHub"] = ("door GGk geweigerd", "refused by the hub"),

        ["state.Received"] = ("ontvangen", "received"),
        ["state.Rejected"] = ("afgewezen", "rejected"),
        ["state.Accepted"] = ("goedgekeurd", "accepted"),
        ["state.Routed"] = ("doorgestuurd", "routed"),
        ["state.Submitted"] = ("aangeboden", "submitted"),
        ["state.Queued"] = ("in de wachtrij", "queued"),
        ["state.Sent"] = ("verzonden", "sent"),
        ["state.Answered"] = ("beantwoord", "answered"),
        ["state.Held"] = ("vastgehouden", "held"),
        ["state.Replaced"] = ("vervangen", "replaced"),
        ["state.RefusedByHub"] = ("door GGk geweigerd", "refused by the hub"),
        ["direction.Inbound"] = ("inkomend", "inbound"),
        ["direction.Outbound"] = ("uitgaand", "outbound"),

        ["col.aanbieder"] = ("Aanbieder (AGB)", "Provider (AGB)"),
        ["col.actor"] = ("Door", "By"),
        ["col.afzender"] = ("Afzender", "Sender"),
        ["col.answers"] = ("Antwoord op", "Answers"),
        ["col.at"] = ("Tijdstip", "At"),
        ["col.attempts"] = ("Pogingen", "Attempts"),
        ["col.cause"] = ("Oorzaak", "Cause"),
        ["col.count"] = ("Aantal", "Count"),
        ["col.created"] = ("Ontvangen", "Recorded"),
        ["col.deadline"] = ("Termijn", "Deadline"),
        ["col.declaratienummer"] = ("DeclaratieNummer", "DeclaratieNummer"),
        ["col.delivery"] = ("Levering", "Delivery"),
        ["col.destination"] = ("Bestemming", "Destination"),
        ["col.detail"] = ("Toelichting", "Detail"),
        ["col.direction"] = ("Richting", "Direction"),
        ["col.due"] = ("Uiterlijk", "Due"),
        ["col.error"] = ("Fout", "Error"),
        ["col.errorclass"] = ("Soort fout", "Error class"),
        ["col.event"] = ("Gebeurtenis", "Event"),
        ["col.finished"] = ("Klaar", "Finished"),
        ["col.firstseen"] = ("Eerste", "First seen"),
        ["col.gemeente"] = ("Gemeente", "Gemeente"),
        ["col.identificatie"] = ("Identificatie", "Identificatie"),
        ["col.ingediend"] = ("Ingediend", "Claimed"),
        ["col.kind"] = ("Soort", "Kind"),
        ["col.lasterror"] = ("Laatste fout", "Last error"),
        ["col.lastseen"] = ("Laatste", "Last seen"),
        ["col.meaning"] = ("Betekenis", "Meaning"),
        ["col.message"] = ("Bericht", "Message"),
        ["col.nextattempt"] = ("Eerstvolgende poging", "Next attempt"),
        ["col.ontvanger"] = ("Ontvanger", "Receiver"),
        ["col.openedby"] = ("Geopend door bericht", "Opened by message"),
        ["col.outcome"] = ("Uitkomst", "Outcome"),
        ["col.owner"] = ("Aan zet", "Owner"),
        ["col.reasons"] = ("Redenen", "Reasons"),
        ["col.referentienummer"] = ("Referentienummer", "Referentienummer"),
        ["col.release"] = ("Release", "Release"),
        ["col.retourcode"] = ("Retourcode", "Retourcode"),
        ["col.retourcodes"] = ("Retourcodes", "Retourcodes"),
        ["col.since"] = ("Sinds", "Since"),
        ["col.standard"] = ("Standaard", "Standard"),
        ["col.started"] = ("Begonnen", "Started"),
        ["col.state"] = ("Toestand", "State"),
        ["col.toegekend"] = ("Toegekend", "Granted"),
        ["col.toewijzingnummer"] = ("ToewijzingNummer", "ToewijzingNummer"),
        ["col.workingdays"] = ("Werkdagen over", "Working days left"),

        ["explain.unknown"] = ("(geen uitleg bekend)", "(no explanation known)"),
        ["action.replay"] = ("Opnieuw aanbieden", "Replay"),
        ["action.purge"] = ("Verwijderen", "Purge"),
        ["action.replay.done"] = ("Opnieuw aangeboden: de levering wacht weer en gaat nu.", "Replayed: the delivery is pending again, due now."),
        ["action.purge.done"] = ("Verwijderd uit de dode brieven.", "Purged from the dead letters."),
        ["action.notdead"] = ("Deze levering is geen dode brief (meer): er is niets gedaan.", "This delivery is not (or no longer) a dead letter: nothing was done."),

        ["message.title"] = ("Bericht", "Message"),
        ["message.codes"] = ("Retourcodes", "Retourcodes"),
        ["message.payload"] = ("Inhoud", "Payload"),
        ["message.showpayload"] = ("Toon de inhoud (BSN gemaskeerd)", "Show the payload (BSN masked)"),
        ["message.audited"] = ("Het bekijken wordt vastgelegd met uw naam.", "Viewing it is recorded with your name."),
        ["message.nopayload"] = ("De inhoud is niet meer bewaard.", "The payload is no longer kept."),
        ["message.deliveries"] = ("Leveringen en pogingen", "Deliveries and attempts"),
        ["message.nodeliveries"] = ("Dit bericht heeft geen leveringen.", "This message has no deliveries."),
        ["message.chain"] = ("Samenhangende berichten", "Related messages"),
        ["message.timeline"] = ("Tijdlijn", "Timeline"),

        ["held.title"] = ("Vastgehouden 325's", "Held 325s"),
        ["held.intro"] = (
            "Deze declaratie-antwoorden wachten op een besluit: geef het antwoord van de gateway vrij, of vervang het door het eigen 325-bestand van de backoffice.",
            "These declaration answers wait for a decision: release the gateway's answer, or replace it with the back office's own 325 file."),
        ["held.none"] = ("Er wordt geen 325 vastgehouden.", "No 325 is held."),
        ["held.decide"] = ("Besluiten", "Decide"),
        ["held.release"] = ("Vrijgeven", "Release"),
        ["held.replace"] = ("Vervangen", "Replace"),
        ["held.replacefile"] = ("Eigen 325-bestand", "Own 325 file"),
        ["held.released"] = ("325 {0} is vrijgegeven en gaat naar de GGk.", "325 {0} was released and goes to the GGk."),
        ["held.replaced"] = ("325 {0} is vervangen door bericht {1}.", "325 {0} was replaced by message {1}."),
        ["held.nofile"] = ("Kies een 325-bestand om mee te vervangen.", "Choose a 325 file to replace it with."),
        ["held.refused"] = ("Het 325-bestand is geweigerd:", "The 325 file was refused:"),

        ["ceilings.title"] = ("Plafonds", "Ceilings"),
        ["ceilings.intro"] = ("Het verbruik van elk plafond in zijn jaar, met de drempels die signaleren.", "The usage of each ceiling in its year, with the thresholds that signal."),
        ["ceilings.none"] = ("Geen plafonds die u mag zien.", "No ceilings you may see."),
        ["ceilings.hold"] = ("vasthouden boven 100%", "hold above 100%"),
        ["ceilings.warn"] = ("waarschuwen", "warn"),
        ["ceilings.scope"] = ("Geldt voor aanbieder / perceel / categorie", "Applies to provider / lot / category"),
        ["ceilings.of"] = ("van", "of"),
        ["ceilings.reached"] = ("Drempels bereikt", "Thresholds reached"),

        ["deadlines.title"] = ("Termijnen", "Deadlines"),
        ["deadlines.all"] = ("Toon ook afgehandelde en te late", "Also show fulfilled and late ones"),
        ["deadlines.openonly"] = ("Toon alleen open termijnen", "Show open deadlines only"),
        ["deadlines.none"] = ("Geen termijnen.", "No deadlines."),

        ["reports.title"] = ("Stuurinformatie", "Steering figures"),
        ["reports.kind"] = ("Overzicht", "Report"),
        ["reports.from"] = ("Van maand (jjjj-mm)", "From month (yyyy-mm)"),
        ["reports.to"] = ("Tot en met maand (jjjj-mm)", "To month (yyyy-mm)"),
        ["reports.show"] = ("Toon", "Show"),
        ["reports.empty"] = ("Geen cijfers in deze periode.", "No figures in this period."),
        ["reports.notyours"] = ("Die gemeente valt buiten uw bevoegdheid.", "That gemeente is not yours to see."),

        ["failures.title"] = ("Storingen per oorzaak", "Failures by cause"),
        ["failures.intro"] = (
            "Dode brieven gegroepeerd naar oorzaak, bestemming, soort fout en release. Open een groep om hem in één keer opnieuw aan te bieden of te verwijderen.",
            "Dead letters grouped by cause, destination, error class and release. Open a group to replay or purge it at once."),
        ["failures.none"] = ("Geen dode brieven.", "No dead letters."),
        ["failures.group"] = ("Storingsgroep", "Failure group"),
        ["failures.deadletters"] = ("dode brieven", "dead letters"),
        ["failures.bulk"] = ("In één keer", "In bulk"),
        ["failures.bulk.help"] = ("Vink leveringen aan om alleen die te behandelen; zonder vinkje geldt het voor de hele groep.", "Tick deliveries to act on those only; with none ticked it is the whole group."),
        ["failures.replay"] = ("Opnieuw aanbieden…", "Replay…"),
        ["failures.purge"] = ("Verwijderen…", "Purge…"),
        ["failures.select"] = ("Kies levering", "Select delivery"),
        ["failures.confirm.replay"] = ("{0} dode brieven opnieuw aanbieden?", "Replay {0} dead letters?"),
        ["failures.confirm.purge"] = ("{0} dode brieven definitief verwijderen?", "Purge {0} dead letters for good?"),
        ["failures.confirm.yes"] = ("Ja, doorgaan", "Yes, go ahead"),
        ["failures.confirm.no"] = ("Annuleren", "Cancel"),
        ["failures.replay.done"] = ("{0} van {1} dode brieven opnieuw aangeboden.", "Replayed {0} of {1} dead letters."),
        ["failures.purge.done"] = ("{0} van {1} dode brieven verwijderd.", "Purged {0} of {1} dead letters."),
        ["paging.next"] = ("Volgende pagina →", "Next page →"),

        ["search.title"] = ("Berichten zoeken", "Search messages"),
        ["search.any"] = ("(alle)", "(any)"),
        ["search.from"] = ("Vanaf datum", "From date"),
        ["search.until"] = ("Tot en met datum", "Until date"),
        ["search.submit"] = ("Zoeken", "Search"),
        ["search.bsn"] = ("BSN van de cliënt", "Client BSN"),
        ["search.bsn.submit"] = ("Zoeken op BSN", "Search by BSN"),
        ["search.bsn.help"] = (
            "Een BSN wordt alleen versleuteld meegestuurd en vergeleken via zijn sleutel-hash; het komt nooit in een adres, log of pagina.",
            "A BSN is only posted and matched through its keyed hash; it never appears in an address, a log or a page."),
        ["search.bsn.wrong"] = ("Een BSN bestaat uit negen cijfers.", "A BSN is nine digits."),
        ["search.bybsn"] = ("op BSN", "by BSN"),
        ["search.found"] = ("{0} berichten gevonden", "{0} messages found"),
        ["search.deadlettered"] = ("dode brief", "dead letter"),
        ["search.life"] = ("Levensloop van toewijzing", "Life of toewijzing"),
        ["search.notanumber"] = ("{0}: '{1}' is geen getal.", "{0}: '{1}' is not a number."),
        ["search.notacode"] = ("Soort: '{0}' is geen berichtcode zoals 305.", "Kind: '{0}' is not a message code such as 305."),
        ["search.notastate"] = ("Toestand: '{0}' is geen toestand.", "State: '{0}' is not a state."),
        ["search.notadate"] = ("{0}: '{1}' is geen datum als 2026-03-01.", "{0}: '{1}' is not a date like 2026-03-01."),

        ["life.title"] = ("Levensloop van toewijzing", "Life of toewijzing"),
        ["life.intro"] = (
            "Elk bericht over deze toewijzing, oudste eerst, met zijn antwoord en de regels achter een afwijzing.",
            "Every message about this toewijzing, oldest first, with its answer and the rules behind a rejection."),
        ["life.rules"] = ("Afgewezen op", "Rejected for"),
    };

    private static readonly ConsoleTexts Dutch = new("nl");
    private static readonly ConsoleTexts English = new("en");

    private ConsoleTexts(string code) => Code = code;

    /// <summary>"nl" or "en", also the page's <c>lang</c>.</summary>
    public string Code { get; }

    /// <summary>Every key, for the test that each page's keys exist.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    public string this[string key] => Texts.TryGetValue(key, out var text)
        ? (Code == "en" ? text.En : text.Nl)
        : throw new KeyNotFoundException($"the console has no text '{key}'");

    /// <summary>English for "en", Dutch for anything else.</summary>
    public static ConsoleTexts For(string? code) => code == "en" ? English : Dutch;
}
