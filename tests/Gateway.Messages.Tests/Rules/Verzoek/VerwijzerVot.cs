using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

/// <summary>The Verwijzer of the first requested product of the iJw sample VOT, replaced.</summary>
internal static class VerwijzerVot
{
    public const string VerwijzerPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer";

    public static Bericht315 With(Verwijzer verwijzer)
    {
        var b = SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml");
        var product = b.Client.AangevraagdeProducten[0] with { Verwijzer = verwijzer };
        return b with { Client = b.Client with { AangevraagdeProducten = [product] } };
    }
}
