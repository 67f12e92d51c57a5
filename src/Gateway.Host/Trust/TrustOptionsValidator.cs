using Microsoft.Extensions.Options;

namespace Gateway.Host.Trust;

/// <summary>Checks the sender map at start: every problem at once, each with its full key and what to do.</summary>
internal sealed class TrustOptionsValidator : IValidateOptions<TrustOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustOptions options)
    {
        var failures = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Senders.Count; i++)
        {
            var sender = options.Senders[i];
            var at = $"{TrustOptions.SectionName}:Senders:{i}";
            if (string.IsNullOrWhiteSpace(sender.Organisatie))
            {
                failures.Add($"{at}:Organisatie must be set: the envelope's zender organisation (an AGB code, a gemeentecode, or a chain party such as IB).");
            }
            else if (!seen.TryAdd(sender.Organisatie, i))
            {
                failures.Add($"{at}:Organisatie {sender.Organisatie} is also {TrustOptions.SectionName}:Senders:{seen[sender.Organisatie]}: give each zender one entry and list all it may act for there.");
            }

            for (var k = 0; k < sender.Certificates.Count; k++)
            {
                if (CertificateMatch.Parse(sender.Certificates[k]) is null)
                {
                    failures.Add($"{at}:Certificates:{k} is neither a thumbprint (SHA-256: 64 hex digits, SHA-1: 40) nor a subject name such as \"CN=Zorg BV, O=Zorg BV\".");
                }
            }

            AddCodeProblems(failures, $"{at}:Agb", sender.Agb, 8, "an AGB code");
            AddCodeProblems(failures, $"{at}:Gemeentecodes", sender.Gemeentecodes, 4, "a gemeentecode");
            if (!sender.Hub && sender.Agb.Count == 0 && sender.Gemeentecodes.Count == 0)
            {
                failures.Add($"{at} acts for nobody: list the AGB codes ({at}:Agb) or gemeentecodes ({at}:Gemeentecodes) it may send for, or set {at}:Hub to true for the hub identity.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddCodeProblems(List<string> failures, string key, List<string> codes, int digits, string what)
    {
        for (var k = 0; k < codes.Count; k++)
        {
            if (codes[k].Length != digits || !codes[k].All(char.IsAsciiDigit))
            {
                failures.Add($"{key}:{k} is not {what}: write exactly {digits} digits.");
            }
        }
    }
}
