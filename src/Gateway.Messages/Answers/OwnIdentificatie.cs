using Gateway.Messages.Standards;

namespace Gateway.Messages.Answers;

/// <summary>Takes an identification from the injected generator and holds it to LDT_IdentificatieBericht.</summary>
internal static class OwnIdentificatie
{
    public const int MaxLength = 12;

    public static string Next(IIdentificatieGenerator generator, MessageCode message)
    {
        var id = generator.Next(message);
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxLength)
        {
            throw new InvalidOperationException(
                $"The identification generator gave '{id}' for a {(int)message}; it must be 1 to {MaxLength} characters and not only spaces.");
        }

        return id;
    }
}
