using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Figures;

/// <summary>
/// What every report of one request shares: its months and filters, the register and reference data as they are now,
/// today's Dutch date, the numbering of clients and the notes for the reader. It puts each fact in its cell.
/// </summary>
internal sealed class FigureContext
{
    private readonly HashSet<string> _gemeenten;
    private readonly HashSet<string> _aanbieders;
    private readonly IReadOnlyCollection<string> _recorded;

    public FigureContext(FigureRequest request, ContractRegister register, ReferenceData reference, IReadOnlyList<string> regionGemeenten, DateOnly today)
    {
        Request = request;
        Register = register;
        Contracts = new ContractLookup(register);
        Gemeenten = new GemeenteCodes(reference, today);
        RegionGemeenten = regionGemeenten;
        Today = today;
        _gemeenten = new HashSet<string>(request.Gemeenten.Select(Gemeenten.Current), StringComparer.Ordinal);
        _aanbieders = new HashSet<string>(request.Aanbieders, StringComparer.Ordinal);
        _recorded = _gemeenten.Count == 0 ? [] : Gemeenten.RecordedAs(_gemeenten);
    }

    public FigureRequest Request { get; }

    public ContractRegister Register { get; }

    public ContractLookup Contracts { get; }

    public GemeenteCodes Gemeenten { get; }

    /// <summary>The region's gemeentecodes: the gemeenten of a contract for "regio".</summary>
    public IReadOnlyList<string> RegionGemeenten { get; }

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today { get; }

    public ClientIds Clients { get; } = new();

    public List<string> Notes { get; } = [];

    /// <summary>The first day of the request.</summary>
    public DateOnly Van => Request.Van.Begin;

    /// <summary>The last day of the request.</summary>
    public DateOnly Tot => Request.Tot.Einde;

    public bool FiltersGemeenten => _gemeenten.Count > 0;

    public bool FiltersAanbieders => _aanbieders.Count > 0;

    /// <summary>The facts of these days under the codes the requested gemeenten were recorded as (all when none asked).</summary>
    public FigureScope Scope(DateOnly van, DateOnly tot) => new(van, tot, _recorded);

    public bool InRange(Maand maand) => maand.CompareTo(Request.Van) >= 0 && maand.CompareTo(Request.Tot) <= 0;

    /// <summary>The requested months a toewijzing is in effect on at least one day of, each with its first such day.</summary>
    public IEnumerable<(Maand Maand, DateOnly FirstDay)> MonthsOf(ToewijzingFact toewijzing)
    {
        var ingang = Maand.Of(toewijzing.Ingangsdatum);
        var first = ingang.CompareTo(Request.Van) > 0 ? ingang : Request.Van;
        var last = toewijzing.Einddatum is { } einde && Maand.Of(einde).CompareTo(Request.Tot) < 0 ? Maand.Of(einde) : Request.Tot;
        return Maand.Range(first, last).Select(m => (m, toewijzing.Ingangsdatum > m.Begin ? toewijzing.Ingangsdatum : m.Begin));
    }

    /// <summary>True when the request asks for this current gemeentecode (or for every gemeente).</summary>
    public bool Includes(string currentGemeente) => _gemeenten.Count == 0 || _gemeenten.Contains(currentGemeente);

    /// <summary>True when the request asks for this provider (or for every provider).</summary>
    public bool IncludesAanbieder(string aanbieder) => _aanbieders.Count == 0 || _aanbieders.Contains(aanbieder);

    /// <summary>
    /// The cell of a fact in <paramref name="maand"/>, its contract found on <paramref name="contractDay"/> under the
    /// gemeentecode as recorded (as the ceilings find it); false when the request filters the fact out.
    /// </summary>
    public bool TryCell(Standard standard, string gemeentecode, string aanbieder, Product? product, DateOnly contractDay, Maand maand, out FigureKey key, out Contract? contract)
    {
        key = default;
        contract = null;
        var gemeente = Gemeenten.Current(gemeentecode);
        if (!Includes(gemeente) || !IncludesAanbieder(aanbieder))
        {
            return false;
        }

        contract = product is null ? null : Contracts.Find(standard, gemeentecode, aanbieder, product.Categorie, product.Code, contractDay);
        key = new FigureKey(standard, gemeente, aanbieder, product?.Categorie, product?.Code, FigureKey.VariantOf(contract), maand);
        return true;
    }

    /// <summary>Notes that hold for every report: the mergers that moved facts to another code.</summary>
    public IReadOnlyList<string> AllNotes() =>
        [.. Notes, .. Gemeenten.Merged.Select(m => $"Gemeentecode {m.Key} is opgeheven; de cijfers ervan tellen mee onder de opvolger {m.Value}.")];
}
