using System.Globalization;
using Microsoft.Extensions.Options;

namespace Gateway.Routing.Freezes;

/// <summary>Checks the Freezes section, every problem with its full key.</summary>
public sealed class FreezeOptionsValidator : IValidateOptions<FreezeOptions>
{
    /// <summary>Every problem of the options, one line each; success when there are none.</summary>
    public ValidateOptionsResult Validate(string? name, FreezeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = FreezeOptions.SectionName;
        for (var i = 0; i < options.Windows.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{section}:Windows:{i}");
            var window = options.Windows[i];
            if (window is null || window.Start is null || window.End is null)
            {
                failures.Add($"{key} needs both Start and End, as date and time with offset (e.g. Start 2026-12-18T18:00:00+01:00, End 2026-12-21T18:00:00+01:00).");
            }
            else if (window.End <= window.Start)
            {
                failures.Add($"{key}:End ({window.End:O}) must come after {key}:Start ({window.Start:O}).");
            }
        }

        var ordered = options.Windows
            .Select((w, i) => (Window: w, Index: i))
            .Where(p => p.Window is { Start: not null, End: not null } && p.Window.End > p.Window.Start)
            .OrderBy(p => p.Window.Start)
            .ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Window.Start < ordered[i - 1].Window.End)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:Windows:{ordered[i].Index} overlaps {section}:Windows:{ordered[i - 1].Index}: merge them into one window."));
            }
        }

        if (options.ProbeInterval <= TimeSpan.Zero)
        {
            failures.Add($"{section}:ProbeInterval must be a positive time span like 00:15:00 (default {FreezeOptions.DefaultProbeInterval}).");
        }
        else if (options.LearnedMaximum < options.ProbeInterval)
        {
            failures.Add($"{section}:LearnedMaximum must be at least {section}:ProbeInterval ({options.ProbeInterval}); default {FreezeOptions.DefaultLearnedMaximum}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
