using System.Globalization;

namespace Gateway.Bench.Figures.Generate;

/// <summary>Distinct burgerservicenummers that pass the 11-proef, from the test range 998000000–999999999 (not issued to people).</summary>
internal sealed class BsnSequence
{
    private const int Last = 99999999;

    private int _cursor = 99800000;

    /// <summary>The next valid BSN; about 180,000 exist in the range.</summary>
    public string Next()
    {
        for (; _cursor <= Last; _cursor++)
        {
            var digits = _cursor.ToString("D8", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            // 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11): the check digit is the sum mod 11, when that is a single digit.
            var check = sum % 11;
            if (check < 10)
            {
                _cursor++;
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No valid test BSN left: the range holds about 180,000 clients; use fewer --clients.");
    }
}
