using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Generate;

/// <summary>The providers' software numbering its retours (302) with its own IdentificatieRetour.</summary>
internal sealed class ProviderIdentificaties : IIdentificatieGenerator
{
    private int _next;

    public string Next(MessageCode message) => string.Create(CultureInfo.InvariantCulture, $"R{(int)message}{++_next:D8}");
}
