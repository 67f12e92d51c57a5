using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Header;

/// <summary>RS047: BerichtCode is the Vektis code of the message in its standard (e.g. 436 for JW301, 414 for WMO301).</summary>
internal sealed class RS047_BerichtCode : MessageRule
{
    public override string Code => "RS047";

    public override IReadOnlyCollection<MessageCode> AppliesTo => HeaderMessages.WithOwnHeader;

    public override RuleText Meaning { get; } = new(
        "BerichtCode is de code die de specificatie voor dit bericht in deze standaard voorschrijft.",
        "BerichtCode is the code the specification prescribes for this message in this standard.");

    public override RuleText Fix { get; } = new(
        "Vul BerichtCode met de code van het bericht (bijvoorbeeld 436 voor JW301, 414 voor WMO301).",
        "Set BerichtCode to the message's code (for example 436 for JW301, 414 for WMO301).");

    /// <summary>Each message schema fixes its BerichtCode with a pattern facet.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var info = MessageCatalog.Get(bericht.Code);
        var expected = info.BerichtCode(bericht.Standard);
        if (!string.Equals(bericht.Header.BerichtCode, expected, StringComparison.Ordinal))
        {
            yield return At(
                ClassPaths.Header + "/BerichtCode",
                $"BerichtCode is '{bericht.Header.BerichtCode}', but {info.QualifiedName(bericht.Standard)} has {expected}");
        }
    }
}
