using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Support;

/// <summary>The report builder over an in-memory source, a register and reference data given as values, on a fixed day.</summary>
internal static class FigureReportsFor
{
    public static FigureReports Create(IFigureSource source, DateOnly today, ContractRegister? register = null, ReferenceData? reference = null, params string[] regionGemeenten)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        var contracts = register is null ? NoContracts.Source(time) : new ReloadingSource<ContractRegister>("test register", static () => [], () => register, time, TimeSpan.MaxValue, NullLogger.Instance);
        var referenceSource = reference is null ? NoReferenceData.Source(time) : new ReloadingSource<ReferenceData>("test reference", static () => [], () => reference, time, TimeSpan.MaxValue, NullLogger.Instance);
        var region = new RegionRoutes { Gemeenten = [.. regionGemeenten.Select(code => new GemeenteRoute { Code = code })] };
        return new FigureReports(source, contracts, referenceSource, region, time);
    }

    public static FigureRequest Request(int year, int from, int to, string[]? gemeenten = null, string[]? aanbieders = null) =>
        new(new Maand(year, from), new Maand(year, to), gemeenten ?? [], aanbieders ?? []);
}
