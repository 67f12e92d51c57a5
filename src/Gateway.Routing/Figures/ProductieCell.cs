using Gateway.Routing.Volumes;

namespace Gateway.Routing.Figures;

/// <summary>
/// The sums of one productie cell. A cell with only lump sums (taakgericht) has no client-level figures: those stay null.
/// An allocation whose value is not known (no tariff) makes the cell's allocated total unknown rather than too low.
/// </summary>
internal sealed class ProductieCell
{
    private HashSet<int>? _clienten;
    private long _toegewezenEenheden;
    private bool _eenhedenOnbekend;
    private long _toegewezenEurocent;
    private bool _eurocentOnbekend;
    private long _gedeclareerdEenheden;
    private long _gedeclareerdEurocent;
    private long _toegekendEenheden;
    private long _toegekendEurocent;
    private long _trajecten;

    public void Allocate(int client, long? eenheden, long? eurocent, bool traject)
    {
        (_clienten ??= []).Add(client);
        _toegewezenEenheden += eenheden ?? 0;
        _eenhedenOnbekend |= eenheden is null;
        _toegewezenEurocent += eurocent ?? 0;
        _eurocentOnbekend |= eurocent is null;
        _trajecten += traject ? 1 : 0;
    }

    public void AddLumpSum(long eurocent) => _toegewezenEurocent += eurocent;

    /// <summary>A prestatie: volume and amount signed (a credit subtracts), granted ones counted twice over.</summary>
    public void Declare(int client, long eenheden, long eurocent, bool granted)
    {
        (_clienten ??= []).Add(client);
        _gedeclareerdEenheden += eenheden;
        _gedeclareerdEurocent += eurocent;
        if (granted)
        {
            _toegekendEenheden += eenheden;
            _toegekendEurocent += eurocent;
        }
    }

    public long? Clients => _clienten?.Count;

    public object?[] Values(FigureKey key, string? eenheid)
    {
        var perClient = _clienten is not null;
        long? toegewezen = _eurocentOnbekend ? null : _toegewezenEurocent;
        return key.Row(
            eenheid,
            perClient && eenheid is not null && !_eenhedenOnbekend ? _toegewezenEenheden : null,
            toegewezen,
            perClient && eenheid is not null ? _gedeclareerdEenheden : null,
            perClient ? _gedeclareerdEurocent : null,
            perClient && eenheid is not null ? _toegekendEenheden : null,
            perClient ? _toegekendEurocent : null,
            perClient && key.Variant == FigureKey.VariantOf(FundingVariant.Outputgericht) ? _trajecten : null,
            perClient && toegewezen is { } allocated ? FigureArithmetic.Percent(_toegekendEurocent, allocated) : null);
    }
}
