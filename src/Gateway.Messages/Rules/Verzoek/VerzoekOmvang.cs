namespace Gateway.Messages.Rules;

/// <summary>
/// The peildatum of the Omvang rules of a request (CD095, CD096, CS343): they hold for a requested product whose end
/// date is after 31-12-2020 or open, the start of the current way of funding toewijzingen.
/// </summary>
internal static class VerzoekOmvang
{
    public static readonly DateOnly Peildatum = new(2020, 12, 31);

    /// <summary>True when the end date is open or after the peildatum.</summary>
    public static bool EindigtNaPeildatum(DateOnly? einddatum) => einddatum is not { } end || end > Peildatum;
}
