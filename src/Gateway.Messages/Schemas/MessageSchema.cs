using Gateway.Messages.Standards;

namespace Gateway.Messages.Schemas;

/// <summary>One message schema of a loaded pack and the XsdVersie values its appinfo accepts.</summary>
/// <param name="Identity">Standard, message and release, from the schema's targetNamespace.</param>
/// <param name="FilePath">The .xsd file it was loaded from.</param>
/// <param name="BerichtXsdVersie">Accepted header BerichtXsdVersie (appinfo BerichtXsdVersie/Min/Max).</param>
/// <param name="BasisschemaXsdVersie">Accepted header BasisschemaXsdVersie (appinfo BasisschemaXsdVersie/Min/Max).</param>
public sealed record MessageSchema(
    MessageIdentity Identity,
    string FilePath,
    XsdVersionRange BerichtXsdVersie,
    XsdVersionRange BasisschemaXsdVersie);
