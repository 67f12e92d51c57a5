namespace Gateway.Messages.Model;

/// <summary>CDT_XsdVersie: the basisschema and message schema versions ("n.n.n").</summary>
public sealed record XsdVersie(string BasisschemaXsdVersie, string BerichtXsdVersie);
