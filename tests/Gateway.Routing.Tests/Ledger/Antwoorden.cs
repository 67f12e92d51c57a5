using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Ledger;

/// <summary>325s a back office submits to override the gateway's answer on a received 323, and reading their refusal.</summary>
internal static class Antwoorden
{
    /// <summary>The back office's own judgement on a rejected prestatie in these tests.</summary>
    public const string BackOfficeCode = "9321";

    private static int _nummer;

    /// <summary>
    /// The 325 of <paramref name="declaratie"/> as the gateway would build it, rejecting the prestaties with these
    /// ReferentieNummers (<see cref="BackOfficeCode"/>), with an identification of its own.
    /// </summary>
    public static Bericht325 Bericht325(this Traffic t, Bericht323 declaratie, params string[] rejected)
    {
        var paths = ClassPaths.Of<Prestatie>(declaratie)
            .Where(p => rejected.Contains(p.Record.ProductReferentie.ReferentieNummer, StringComparer.Ordinal))
            .Select(p => new ClassRejection(p.Path, BackOfficeCode));
        return new DeclaratieAntwoordBuilder(t.Gateway.Time, new OverrideIdentificaties())
            .Build(declaratie, MessageOutcome.RejectedClasses(paths), declaratie.Header.XsdVersie);
    }

    /// <summary>The same 325 with its first listed client changed.</summary>
    public static Bericht325 WithFirstClient(this Bericht325 antwoord, Func<DeclaratieClient, DeclaratieClient> change)
    {
        var body = antwoord.DeclaratieAntwoord!;
        return antwoord with { DeclaratieAntwoord = body with { Clienten = [change(body.Clienten![0]), .. body.Clienten.Skip(1)] } };
    }

    /// <summary>The same 325 with the first prestatie of its first listed client changed.</summary>
    public static Bericht325 WithFirstPrestatie(this Bericht325 antwoord, Func<Prestatie, Prestatie> change) =>
        antwoord.WithFirstClient(c => c with { Prestaties = [change(c.Prestaties[0]), .. c.Prestaties.Skip(1)] });

    /// <summary>Submits and asserts a rule without a retourcode refused it: the issue and the reason name the rule and the element.</summary>
    public static async Task RefusedByAsync(this Traffic t, Bericht325 antwoord, string path, string rule, string element)
    {
        var receipt = await t.SubmitAsync(antwoord);
        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal((3, path), (issue.Level, issue.Path));
        Assert.Equal(rule, issue.Code);
        Assert.Contains(element, issue.Message, StringComparison.Ordinal);
        Assert.Contains(rule, receipt.Reason, StringComparison.Ordinal);
    }

    private sealed class OverrideIdentificaties : IIdentificatieGenerator
    {
        public string Next(MessageCode message) => "BO" + Interlocked.Increment(ref _nummer).ToString("D8", CultureInfo.InvariantCulture);
    }
}
