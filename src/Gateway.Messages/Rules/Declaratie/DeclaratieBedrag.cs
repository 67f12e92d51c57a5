// The namespace is plural on purpose: a namespace named Declaratie under Gateway.Messages.Rules would hide the
// model record Gateway.Messages.Model.Declaratie from every rule in the Rules namespaces.
using System.Globalization;
using Gateway.Messages.Model;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>Amounts of a 323/325 as signed eurocents: debit counts positive, credit negative.</summary>
internal static class DeclaratieBedrag
{
    public const string Debet = "D";

    public const string Credit = "C";

    public static long Signed(BedragMetDC bedrag) => Signed(bedrag.Bedrag, bedrag.DebetCredit);

    public static long Signed(TotaalBedragMetDC bedrag) => Signed(bedrag.TotaalBedrag, bedrag.DebetCredit);

    public static bool IsCredit(BedragMetDC bedrag) => bedrag.DebetCredit == Credit;

    public static bool IsDebet(BedragMetDC bedrag) => bedrag.DebetCredit == Debet;

    /// <summary>A signed amount as the message would write it, e.g. "1250 C".</summary>
    public static string Format(long signed) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(signed)} {(signed < 0 ? Credit : Debet)}");

    private static long Signed(long amount, string debetCredit) => debetCredit == Credit ? -amount : amount;
}
