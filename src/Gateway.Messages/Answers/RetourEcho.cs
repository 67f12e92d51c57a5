using Gateway.Messages.Model;

namespace Gateway.Messages.Answers;

/// <summary>
/// Copies the body of a heen-bericht into its retour with every class coded. The paths follow
/// <see cref="ClassPaths"/>, so the codes land on the classes the rules named.
/// </summary>
internal static class RetourEcho
{
    private const string ClientPath = "/Bericht/Client";

    public static Client Client(Client client, ClassCodeResolver codes) => client with
    {
        RetourCodes = codes.For(ClientPath),
        Relaties = client.Relaties?.Select((relatie, i) =>
        {
            var path = ClassPaths.Item(ClientPath + "/Relaties", "Relatie", i + 1);
            return relatie with
            {
                RetourCodes = codes.For(path),
                Contact = relatie.Contact with { RetourCodes = codes.For(path + "/Contact") },
            };
        }).ToArray(),
        Contactgegevens = Coded(client.Contactgegevens, ClientPath + "/Contactgegevens", "Contact", codes, (c, r) => c with { RetourCodes = r }),
        ToegewezenProducten = Coded(client.ToegewezenProducten, ClientPath + "/ToegewezenProducten", "ToegewezenProduct", codes, (p, r) => p with { RetourCodes = r }),
    };

    public static StartClient Client(StartClient client, ClassCodeResolver codes) => client with
    {
        RetourCodes = codes.For(ClientPath),
        StartProducten = Coded(client.StartProducten, ClientPath + "/StartProducten", "StartProduct", codes, (p, r) => p with { RetourCodes = r }),
    };

    public static StopClient Client(StopClient client, ClassCodeResolver codes) => client with
    {
        RetourCodes = codes.For(ClientPath),
        StopProducten = Coded(client.StopProducten, ClientPath + "/StopProducten", "StopProduct", codes, (p, r) => p with { RetourCodes = r }),
    };

    public static VerzoekOmToewijzingClient Client(VerzoekOmToewijzingClient client, ClassCodeResolver codes) => client with
    {
        RetourCodes = codes.For(ClientPath),
        AangevraagdeProducten = Coded(client.AangevraagdeProducten, ClientPath + "/AangevraagdeProducten", "AangevraagdProduct", codes, (p, r) => p with { RetourCodes = r }),
    };

    public static VerzoekOmWijzigingClient Client(VerzoekOmWijzigingClient client, ClassCodeResolver codes)
    {
        const string verzoekPath = ClientPath + "/Verzoek";
        var verzoek = client.Verzoek;
        return client with
        {
            RetourCodes = codes.For(ClientPath),
            Verzoek = verzoek with
            {
                RetourCodes = codes.For(verzoekPath),
                OngewijzigdeProducten = CodedOptional(verzoek.OngewijzigdeProducten, verzoekPath + "/OngewijzigdeProducten", "OngewijzigdProduct", codes, (p, r) => p with { RetourCodes = r }),
                TeWijzigenProducten = CodedOptional(verzoek.TeWijzigenProducten, verzoekPath + "/TeWijzigenProducten", "TeWijzigenProduct", codes, (p, r) => p with { RetourCodes = r }),
                NieuweProducten = CodedOptional(verzoek.NieuweProducten, verzoekPath + "/NieuweProducten", "NieuwProduct", codes, (p, r) => p with { RetourCodes = r }),
            },
        };
    }

    public static Antwoord Antwoord(Antwoord antwoord, ClassCodeResolver codes)
    {
        const string path = "/Bericht/Antwoord";
        return antwoord with
        {
            RetourCodes = codes.For(path),
            Woonplaatsbeginsel = antwoord.Woonplaatsbeginsel is { } w ? w with { RetourCodes = codes.For(path + "/Woonplaatsbeginsel") } : null,
        };
    }

    private static T[] Coded<T>(IReadOnlyList<T> items, string container, string name, ClassCodeResolver codes, Func<T, IReadOnlyList<string>, T> withCodes) =>
        items.Select((item, i) => withCodes(item, codes.For(ClassPaths.Item(container, name, i + 1)))).ToArray();

    private static T[]? CodedOptional<T>(IReadOnlyList<T>? items, string container, string name, ClassCodeResolver codes, Func<T, IReadOnlyList<string>, T> withCodes) =>
        items is null ? null : Coded(items, container, name, codes, withCodes);
}
