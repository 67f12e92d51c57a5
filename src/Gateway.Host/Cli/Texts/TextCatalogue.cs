using System.Globalization;

namespace Gateway.Host.Cli.Texts;

/// <summary>
/// The fixed texts and number formats of human output in one language: error lines, table headers, the demo summary.
/// Texts with placeholders are composite formats ({0}, {1} …); every language has the same placeholders (a test checks).
/// </summary>
internal sealed class TextCatalogue
{
    public required Language Language { get; init; }

    /// <summary>Digits, separators and the euro sign; built by hand because the process runs with invariant globalization.</summary>
    public required NumberFormatInfo Numbers { get; init; }

    // Command-line mistakes.
    public required string NotAWholeNumber { get; init; }
    public required string NotANumber { get; init; }
    public required string NotADate { get; init; }
    public required string NotADuration { get; init; }
    public required string NotOneOf { get; init; }
    public required string NotTrueOrFalse { get; init; }
    public required string TooLarge { get; init; }
    public required string SeeHelp { get; init; }
    public required string OutOfRange { get; init; }
    public required string LimitClamped { get; init; }
    public required string PortInUse { get; init; }
    public required string PortChoiceDemo { get; init; }
    public required string PortChoiceRun { get; init; }
    public required string IdOrAge { get; init; }
    public required string NotAnAge { get; init; }
    public required string NoDelivery { get; init; }
    public required string NoMessage { get; init; }
    public required string UnexpectedFailure { get; init; }

    // queue list.
    public required string ColumnMessage { get; init; }
    public required string ColumnDestination { get; init; }
    public required string ColumnState { get; init; }
    public required string ColumnAttempts { get; init; }
    public required string ColumnNextAttempt { get; init; }
    public required string DeliveriesCount { get; init; }

    // ceilings and answers held.
    public required string ColumnCeiling { get; init; }
    public required string ColumnYear { get; init; }
    public required string ColumnAmount { get; init; }
    public required string ColumnUsed { get; init; }
    public required string ColumnPolicy { get; init; }
    public required string ColumnThresholdsReached { get; init; }
    public required string CeilingsCount { get; init; }
    public required string ColumnGemeente { get; init; }
    public required string ColumnAanbieder { get; init; }
    public required string ColumnDeclaratie { get; init; }
    public required string ColumnIngediend { get; init; }
    public required string ColumnToegekend { get; init; }
    public required string ColumnDeadline { get; init; }
    public required string ColumnLeft { get; init; }
    public required string ColumnReasons { get; init; }
    public required string HeldCount { get; init; }

    // deadlines.
    public required string ColumnDue { get; init; }
    public required string ColumnKind { get; init; }
    public required string ColumnOwedBy { get; init; }
    public required string OwedByRegion { get; init; }
    public required string OwedByProvider { get; init; }
    public required string DeadlineOpen { get; init; }
    public required string DeadlineApproaching { get; init; }
    public required string DeadlineOverdue { get; init; }
    public required string DeadlineClosed { get; init; }
    public required string DeadlineLate { get; init; }
    public required string DeadlinesCount { get; init; }

    // cluster sweeps.
    public required string ClusterNothing { get; init; }
    public required string ClusterLeaseHolders { get; init; }
    public required string ClusterRecentRuns { get; init; }
    public required string ColumnSweep { get; init; }
    public required string ColumnOwner { get; init; }
    public required string ColumnTaken { get; init; }
    public required string ColumnHeldUntil { get; init; }
    public required string ColumnStarted { get; init; }
    public required string ColumnEnded { get; init; }
    public required string ColumnOutcome { get; init; }
    public required string LeaseHeld { get; init; }
    public required string LeaseExpired { get; init; }
    public required string RunRunning { get; init; }
    public required string RunDeadAtLeaseEnd { get; init; }

    // report.
    public required string ReportNotAMonth { get; init; }
    public required string ReportFromAfterTo { get; init; }
    public required string ReportRangeTooLong { get; init; }
    public required string ReportNotAGemeentecode { get; init; }
    public required string ReportNotAnAgbCode { get; init; }
    public required string ReportNeedsOut { get; init; }
    public required string ReportWritten { get; init; }

    // explain.
    public required string ExplainLevel { get; init; }
    public required string ExplainRule { get; init; }
    public required string ExplainCarriedBy { get; init; }
    public required string ExplainAnyLevel2Rule { get; init; }
    public required string ExplainInsideOneMessage { get; init; }
    public required string ExplainAgainstEarlierMessages { get; init; }
    public required string ExplainAgainstReferenceData { get; init; }
    public required string ExplainMessages { get; init; }
    public required string ExplainFix { get; init; }
    public required string ExplainNotARejection { get; init; }

    // demo progress.
    public required string DemoStarted { get; init; }
    public required string DemoRunning { get; init; }
    public required string DemoHubOutage { get; init; }
    public required string DemoRunningRounds { get; init; }
    public required string DemoHubOutageRounds { get; init; }
    public required string DemoHubFreeze { get; init; }
    public required string DemoHubFreezeRounds { get; init; }
    public required string DemoTrafficDone { get; init; }
    public required string DemoDeclareRest { get; init; }
    public required string DemoKeepsRunning { get; init; }
    public required string DemoConsole { get; init; }

    // demo summary.
    public required int SummaryLabelWidth { get; init; }
    public required string SummaryTitle { get; init; }
    public required string SummaryReceivedFromHub { get; init; }
    public required string SummarySubmittedByBackOffices { get; init; }
    public required string SummaryAccepted { get; init; }
    public required string SummaryRejected { get; init; }
    public required string SummaryAnswersPerRetourcode { get; init; }
    public required string SummaryDuplicates { get; init; }
    public required string SummarySendersRefused { get; init; }
    public required string SummaryAnswersToHub { get; init; }
    public required string SummaryRefusedBeforeRouting { get; init; }
    public required string SummaryRefusedBeforeRoutingWhy { get; init; }
    public required string SummaryHeenToHub { get; init; }
    public required string SummaryRoutedOverHttp { get; init; }
    public required string SummaryRoutedToDirectories { get; init; }
    public required string SummaryRetried { get; init; }
    public required string SummaryDeadLettered { get; init; }
    public required string SummaryFreeze { get; init; }
    public required string SummaryStillQueued { get; init; }
    public required string SummaryContractsTitle { get; init; }
    public required string SummaryContractRegister { get; init; }
    public required string SummaryNotConfigured { get; init; }
    public required string SummaryRegisterFigures { get; init; }
    public required string SummaryRuleRejections { get; init; }
    public required string SummaryNone { get; init; }
    public required string SummaryThresholdsReached { get; init; }
    public required string SummaryHeld { get; init; }
    public required string SummaryReleased { get; init; }
    public required string SummaryReplaced { get; init; }
    public required string SummaryCeilings { get; init; }
    public required string SummaryCeilingLine { get; init; }
    public required string SummaryStillWaiting { get; init; }
    public required string SummaryHeldLine { get; init; }

    /// <summary>The catalogue of a language.</summary>
    public static TextCatalogue For(Language language) => language == Language.Nl ? DutchCatalogue.Catalogue : EnglishCatalogue.Catalogue;

    /// <summary>The one of two texts kept elsewhere in both languages (the retourcode catalogue, rule texts) that this language reads.</summary>
    public string Pick(string nl, string en) => Language == Language.Nl ? nl : en;

    /// <summary>A text of this catalogue with its placeholders filled in (numbers as plain digits).</summary>
    public static string Say(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    /// <summary>Eurocents as an amount: "€ 6.210,00" in Dutch, "€6,210.00" in English; credit negative.</summary>
    public string Amount(long eurocents) => (eurocents / 100m).ToString("C2", Numbers);

    /// <summary>A date as ISO 8601 (2026-12-16), in every language.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as ISO 8601 in UTC (2026-12-16T09:30:00Z), in every language.</summary>
    public static string Instant(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
