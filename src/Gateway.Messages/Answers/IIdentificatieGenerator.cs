using Gateway.Messages.Standards;

namespace Gateway.Messages.Answers;

/// <summary>
/// Hands out the gateway's own message identifications (IdentificatieRetour of a retour, the BerichtIdentificatie
/// of a 325): at most 12 characters, unique per message type for the gateway as sender (TR056).
/// </summary>
public interface IIdentificatieGenerator
{
    /// <summary>A fresh identification for a message of this type.</summary>
    string Next(MessageCode message);
}
