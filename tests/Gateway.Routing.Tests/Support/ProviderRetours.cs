using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Support;

/// <summary>The provider's software answering our 301/319: its own retour numbers and XSD version.</summary>
internal sealed class ProviderRetours(TimeProvider time)
{
    private static readonly XsdVersie ProviderXsd = new("1.0.0", "1.0.0");
    private readonly RetourBuilder _builder = new(time, new ProviderIdentificaties());

    /// <summary>The retour (302, 320) the provider sends for <paramref name="heen"/> with this outcome.</summary>
    public Bericht Build(Bericht heen, MessageOutcome outcome) => _builder.Build(heen, outcome, ProviderXsd);

    /// <summary>The provider's own IdentificatieRetour numbers.</summary>
    private sealed class ProviderIdentificaties : IIdentificatieGenerator
    {
        private int _next;

        public string Next(MessageCode message) => string.Create(CultureInfo.InvariantCulture, $"P{(int)message}-{Interlocked.Increment(ref _next):D5}");
    }
}
