using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Schemas;

/// <summary>
/// What an iStandaarden namespace says, for any release and any message number (also ones we do not
/// support, so a refusal can explain itself): http://www.istandaarden.nl/{ijw|iwmo}/{x_y}/{jwNNN|wmoNNN|basisschema}/schema.
/// </summary>
internal sealed partial record IstandaardenNamespace(Standard Standard, string Release, int? MessageNumber)
{
    public bool IsBasisschema => MessageNumber is null;

    /// <summary>"JW303", "WMO301" or "basisschema".</summary>
    public string Name => MessageNumber is { } n
        ? Standard.MessagePrefix().ToUpperInvariant() + n.ToString(CultureInfo.InvariantCulture)
        : "basisschema";

    public static IstandaardenNamespace? TryParse(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var match = Pattern().Match(uri);
        if (!match.Success || !StandardNames.TryParse(match.Groups["std"].Value, out var standard))
        {
            return null;
        }

        var release = match.Groups["rel"].Value.Replace('_', '.');
        var part = match.Groups["part"].Value;
        if (part == "basisschema")
        {
            return new IstandaardenNamespace(standard, release, null);
        }

        var prefix = match.Groups["prefix"].Value;
        if (prefix != standard.MessagePrefix())
        {
            return null;
        }

        return new IstandaardenNamespace(standard, release, int.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^http://www\.istandaarden\.nl/(?<std>ijw|iwmo)/(?<rel>[0-9]+(?:_[0-9]+)*)/(?<part>basisschema|(?<prefix>jw|wmo)(?<num>[0-9]{3}))/schema$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
