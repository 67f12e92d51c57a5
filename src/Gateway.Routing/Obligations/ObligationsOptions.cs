namespace Gateway.Routing.Obligations;

/// <summary>The response-time signals (configuration section Gateway:Obligations).</summary>
public sealed record ObligationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Obligations";

    /// <summary>By default an obligation is approaching from 1 working day before its due date.</summary>
    public const int DefaultApproachingWerkdagen = 1;

    /// <summary>Working days before the due date from which an open obligation is approaching (0: only on the day itself).</summary>
    public int ApproachingWerkdagen { get; init; } = DefaultApproachingWerkdagen;
}
