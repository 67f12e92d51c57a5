using System.Security.Cryptography;
using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Host.Cli;

/// <summary>
/// Identifications for answers the CLI previews: "G" and 11 random base-36 characters (12 in all, LDT_IdentificatieBericht).
/// Collisions are negligible for a preview; the running gateway draws its identifications from its store.
/// </summary>
internal sealed class RandomIdentificaties : IIdentificatieGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Next(MessageCode message) => "G" + RandomNumberGenerator.GetString(Alphabet, 11);
}
