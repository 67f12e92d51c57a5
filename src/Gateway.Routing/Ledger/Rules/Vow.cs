using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>A 317's product lines next to the client's actual toewijzingen, for the VOW rules.</summary>
internal sealed record Vow(
    Bericht317 Bericht,
    IReadOnlyList<LedgerToewijzing> Actual,
    IReadOnlyList<(string Path, OngewijzigdProduct Line)> Ongewijzigd,
    IReadOnlyList<(string Path, TeWijzigenProduct Line)> TeWijzigen,
    IReadOnlyList<(string Path, NieuwProduct Line)> Nieuw)
{
    /// <summary>The end of 2020: toewijzingen ending before it keep the old rules on Omvang (TR375, TR412).</summary>
    public static readonly DateOnly OudRegime = new(2020, 12, 31);

    /// <summary>Reads the 317 and loads the client's toewijzingen that are actual on its Dagtekening.</summary>
    public static async Task<Vow> LoadAsync(ILedgerReader ledger, CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var bericht = (Bericht317)check.Bericht;
        var actual = await LedgerLines.ActualToewijzingenAsync(ledger, check, bericht.Header.BerichtIdentificatie.Dagtekening, cancellationToken);
        return new Vow(bericht, actual, [.. ClassPaths.Of<OngewijzigdProduct>(bericht)], [.. ClassPaths.Of<TeWijzigenProduct>(bericht)], [.. ClassPaths.Of<NieuwProduct>(bericht)]);
    }

    /// <summary>The actual toewijzing with this number, or null.</summary>
    public LedgerToewijzing? ActualOf(long nummer) => Actual.FirstOrDefault(t => t.ToewijzingNummer == nummer);

    /// <summary>True when a toewijzing without Product, or with one that has no Code, still runs after 2020.</summary>
    public static bool RunsAfter2020(LedgerToewijzing t) => t.Einddatum is null || t.Einddatum > OudRegime;
}
