using Gateway.Messages.Model;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Answers;

/// <summary>
/// Decides and builds the answer a validated message deserves (IV028, IV087/IV088): a level-1 failure gets no
/// iStandaarden answer but a transport error (Fo01 StUF055); a heen-bericht gets its retour or 325 — header 0001 when a
/// level-2 rule failed, otherwise accepted (header only; a 325 with 0200 + 8001) unless levels 3/4 say more; an answer
/// (302 … 320, 325) gets nothing, since every heen-bericht gets exactly one answer and answers are not answered.
/// </summary>
/// <remarks>
/// XsltVersie: our level-2 rules play the role of the XSLTs the Zorginstituut publishes per message XSD version, and
/// IV033 requires XsltVersie on a rejection based on them. A level-2 rejection therefore carries the BerichtXsdVersie
/// of the heen-bericht's schema in the pack, the version of the XSD whose rules were checked. XsdVersieRetour (and
/// the 325's XsdVersie) is the current version of the answer's own schema, from its appinfo.
/// </remarks>
/// <param name="schemas">The packs that give the answer's XsdVersie.</param>
/// <param name="time">The clock for DagtekeningRetour / the 325's Dagtekening.</param>
/// <param name="identificaties">Hands out the answer's own identification.</param>
public sealed class AnswerFactory(SchemaCatalog schemas, TimeProvider time, IIdentificatieGenerator identificaties)
{
    private readonly RetourBuilder _retours = new(time, identificaties);
    private readonly DeclaratieAntwoordBuilder _declaratieAntwoorden = new(time, identificaties);

    /// <summary>The answer to a message validated on levels 1 and 2.</summary>
    /// <param name="result">What <see cref="MessageValidator"/> found.</param>
    /// <param name="levels3And4">What the ledger and contract rules found, when they ran; merged with the level-2 outcome.</param>
    public AnswerDecision Decide(MessageValidationResult result, MessageOutcome? levels3And4 = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Bericht is not { } heen)
        {
            var first = result.Issues.FirstOrDefault();
            return new AnswerDecision(
                AnswerKind.TransportError,
                null,
                AnswerDecision.StUF055,
                $"The message fails level 1 ({result.Issues.Count} {(result.Issues.Count == 1 ? "issue" : "issues")}, first: {first?.Code} {first?.Message}). It gets no retour; the transport refuses it with a Fo01 {AnswerDecision.StUF055}.");
        }

        var info = MessageCatalog.Get(heen.Code);
        if (info.AnswerCode is not { } answerCode)
        {
            return new AnswerDecision(
                AnswerKind.None,
                null,
                null,
                $"A {info.QualifiedName(heen.Standard)} ({info.Name}) is itself the answer to a {(int)info.AnswersCode!.Value}; answers get no answer.");
        }

        var level2 = MessageOutcome.FromLevel2(result.Issues);
        var outcome = levels3And4 is null ? level2 : level2.Merge(levels3And4);
        var answerVersie = Versions(new MessageIdentity(heen.Standard, answerCode, heen.Release));
        var xsltVersie = Versions(heen.Identity).BerichtXsdVersie;
        Bericht answer = heen is Bericht323 declaratie
            ? _declaratieAntwoorden.Build(declaratie, outcome, answerVersie, xsltVersie)
            : _retours.Build(heen, outcome, answerVersie, xsltVersie);
        return new AnswerDecision(AnswerKind.Answer, answer, null, Describe(outcome, heen, answerCode));
    }

    private XsdVersie Versions(MessageIdentity identity)
    {
        var schema = schemas.Find(identity)
            ?? throw new InvalidOperationException($"The schema pack under {schemas.Root} has no schema for {identity}; add it to build this answer.");
        return new XsdVersie(schema.BasisschemaXsdVersie.Current.ToString(), schema.BerichtXsdVersie.Current.ToString());
    }

    private static string Describe(MessageOutcome outcome, Bericht heen, MessageCode answerCode)
    {
        var answer = MessageCatalog.Get(answerCode).QualifiedName(heen.Standard);
        return outcome.Kind switch
        {
            OutcomeKind.Accepted => $"Accepted: {answer} without rejections.",
            OutcomeKind.RejectedAtLevel2 => $"Rejected at level 2: {answer} with header retourcode {RetourCodes.TechnischAfgekeurd}.",
            OutcomeKind.RejectedAtHeader => $"Rejected at header level: {answer} with {string.Join(", ", outcome.HeaderCodes)}.",
            _ => $"Rejected at class level: {answer} with codes on {outcome.ClassCodes.Count} {(outcome.ClassCodes.Count == 1 ? "class" : "classes")}.",
        };
    }
}
