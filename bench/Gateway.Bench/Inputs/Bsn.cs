using System.Globalization;

namespace Gateway.Bench.Inputs;

/// <summary>Generates distinct burgerservicenummers that pass the 11-proef, so each message differs.</summary>
internal sealed class Bsn
{
    // Test BSNs of the 999xxxxxx range are not issued to real people.
    private const int Prefix = 99900000;

    private int _next;

    /// <summary>The next valid BSN in a deterministic sequence.</summary>
    public string Next()
    {
        while (true)
        {
            var candidate = Prefix + (_next++ % 100000);
            if (TryComplete(candidate, out var bsn))
            {
                return bsn;
            }
        }
    }

    /// <summary>True when the nine digits pass the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11).</summary>
    public static bool Passes(string bsn)
    {
        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (bsn[i] - '0');
        }

        return (sum - (bsn[8] - '0')) % 11 == 0;
    }

    private static bool TryComplete(int eightDigits, out string bsn)
    {
        var digits = eightDigits.ToString("D8", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        var check = sum % 11;
        bsn = digits + check.ToString(CultureInfo.InvariantCulture);
        return check < 10 && Passes(bsn);
    }
}
