using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CS058: a start or stop is either a first delivery (1) or the removal of one (3); 2 and 9 are not used.</summary>
internal sealed class CS058_StatusAanleveringEenOfDrie : MessageRule
{
    private const string EersteAanlevering = "1";
    private const string VerwijderenAanlevering = "3";

    public override string Code => "CS058";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Start, MessageCode.Stop);

    public override RuleText Meaning { get; } = new(
        "StatusAanlevering is 1 (eerste aanlevering) of 3 (verwijderen aanlevering).",
        "StatusAanlevering is 1 (first delivery) or 3 (remove delivery).");

    public override RuleText Fix { get; } = new(
        "Vul StatusAanlevering met 1, of met 3 om een eerder gestuurde start of stop te verwijderen; een wijziging gaat via verwijderen en opnieuw aanleveren.",
        "Fill StatusAanlevering with 1, or with 3 to remove a start or stop sent earlier; a change is sent as a removal followed by a new delivery.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht305 start => ClassPaths.Of<StartProduct>(start).SelectMany(p => CheckStatus(p.Path, p.Record.StatusAanlevering)),
        Bericht307 stop => ClassPaths.Of<StopProduct>(stop).SelectMany(p => CheckStatus(p.Path, p.Record.StatusAanlevering)),
        _ => [],
    };

    private static IEnumerable<RuleViolation> CheckStatus(string path, string status)
    {
        if (status is not (EersteAanlevering or VerwijderenAanlevering))
        {
            yield return At(path + "/StatusAanlevering", $"StatusAanlevering is {status}, only 1 or 3 is allowed");
        }
    }
}
