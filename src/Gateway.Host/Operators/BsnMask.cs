using System.Text.RegularExpressions;

namespace Gateway.Host.Operators;

/// <summary>Masks BSNs in anything shown to an operator: only the last two digits stay visible.</summary>
internal static partial class BsnMask
{
    public static string Mask(string bsn) =>
        bsn.Length <= 2 ? new string('*', bsn.Length) : string.Concat(new string('*', bsn.Length - 2), bsn.AsSpan(bsn.Length - 2));

    /// <summary>Masks the content of every <c>Bsn</c> element of an iStandaarden document.</summary>
    public static string MaskDocument(string xml) =>
        BsnElement().Replace(xml, m => m.Groups["open"].Value + Mask(m.Groups["bsn"].Value) + m.Groups["close"].Value);

    [GeneratedRegex(@"(?<open><(?:[A-Za-z0-9_]+:)?Bsn\s*>)\s*(?<bsn>[0-9]+)\s*(?<close></(?:[A-Za-z0-9_]+:)?Bsn\s*>)", RegexOptions.CultureInvariant)]
    private static partial Regex BsnElement();
}
