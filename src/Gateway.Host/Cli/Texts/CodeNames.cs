using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli.Texts;

/// <summary>Names of gemeenten and aanbieders, shown beside their codes ("0363 Amsterdam") where the region knows them.</summary>
internal sealed class CodeNames(IReadOnlyDictionary<string, string> gemeenten, IReadOnlyDictionary<string, string> aanbieders)
{
    /// <summary>No names known: codes stand alone.</summary>
    public static CodeNames None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>The gemeenten of the configured region (Gateway:Region:Gemeenten, Code and Name); aanbieders have no names there.</summary>
    public static CodeNames FromRegion(IConfiguration gateway)
    {
        // Read by key rather than bound: a region that fails validation still names its gemeenten.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var gemeente in gateway.GetSection("Region:Gemeenten").GetChildren())
        {
            if (gemeente["Code"] is { Length: > 0 } code && gemeente["Name"] is { Length: > 0 } name)
            {
                names[code] = name;
            }
        }

        return new CodeNames(names, new Dictionary<string, string>());
    }

    /// <summary>"0363 Amsterdam", or the code alone when its name is unknown.</summary>
    public string Gemeente(string code) => WithName(code, gemeenten);

    /// <summary>"12345678 Zorg Samen BV", or the AGB code alone when its name is unknown.</summary>
    public string Aanbieder(string agb) => WithName(agb, aanbieders);

    private static string WithName(string code, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(code, out var name) ? code + " " + name : code;
}
