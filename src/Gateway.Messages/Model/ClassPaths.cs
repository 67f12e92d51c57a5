using System.Globalization;

namespace Gateway.Messages.Model;

/// <summary>
/// Yields every class of a message with its element path, in document order, for rules and answer builders.
/// </summary>
/// <remarks>
/// Path format: absolute, local names only (no prefixes), a 1-based index <c>[n]</c> on every element the schema lets
/// repeat and on no other element. Examples: <c>/Bericht/Header</c>, <c>/Bericht/Client</c>,
/// <c>/Bericht/Client/Contactgegevens/Contact[1]</c>, <c>/Bericht/Client/Relaties/Relatie[2]/Contact</c>,
/// <c>/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]</c>, <c>/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]</c>,
/// <c>/Bericht/Antwoord/Woonplaatsbeginsel</c>, <c>/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[1]</c>,
/// <c>/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]</c>.
/// A field of a class is addressed by appending its element path, e.g. <c>…/ToegewezenProduct[2]/Einddatum</c>.
/// </remarks>
public static class ClassPaths
{
    /// <summary>The path of the header of every message.</summary>
    public const string Header = "/Bericht/Header";

    /// <summary>A message with at most this many classes has its list kept while <see cref="Remember"/> is in force.</summary>
    private const int RememberedClasses = 1024;

    /// <summary>The classes of the message that <see cref="Remember"/> holds on this thread, computed once.</summary>
    [ThreadStatic]
    private static (Bericht Bericht, ClassPath[] Classes)? t_remembered;

    /// <summary>Every class of the message (the header first), with its path.</summary>
    public static IEnumerable<ClassPath> Of(Bericht bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        return t_remembered is { } remembered && ReferenceEquals(remembered.Bericht, bericht) ? remembered.Classes : Enumerate(bericht);
    }

    /// <summary>
    /// Until the scope is disposed, <see cref="Of(Bericht)"/> on this thread hands out one list of the message's
    /// classes instead of making every path again for each rule that asks (level 2 runs dozens of rules on one
    /// message). A message with very many classes (a large 323) is not kept: its paths are made as they are asked for,
    /// so memory stays bounded. Records are immutable, so the list cannot go stale.
    /// </summary>
    internal static RememberedScope Remember(Bericht bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        var classes = new List<ClassPath>();
        foreach (var item in Enumerate(bericht))
        {
            if (classes.Count == RememberedClasses)
            {
                return default;
            }

            classes.Add(item);
        }

        var previous = t_remembered;
        t_remembered = (bericht, classes.ToArray());
        return new RememberedScope(previous, true);
    }

    private static IEnumerable<ClassPath> Enumerate(Bericht bericht)
    {
        yield return new ClassPath(Header, bericht.Header);
        var body = bericht switch
        {
            Bericht301 b => OfClient(b.Client),
            Bericht302 b => b.Client is null ? [] : OfClient(b.Client),
            Bericht305 b => OfClient(b.Client),
            Bericht306 b => b.Client is null ? [] : OfClient(b.Client),
            Bericht307 b => OfClient(b.Client),
            Bericht308 b => b.Client is null ? [] : OfClient(b.Client),
            Bericht315 b => OfClient(b.Client),
            Bericht316 b => b.Client is null ? [] : OfClient(b.Client),
            Bericht317 b => OfClient(b.Client),
            Bericht318 b => b.Client is null ? [] : OfClient(b.Client),
            Bericht319 b => OfAntwoord(b.Antwoord),
            Bericht320 b => b.Antwoord is null ? [] : OfAntwoord(b.Antwoord),
            Bericht323 b => OfDeclaratie(b.Declaratie),
            Bericht325 b => b.DeclaratieAntwoord is null ? [] : OfDeclaratieAntwoord(b.DeclaratieAntwoord),
            _ => throw new ArgumentException("Unknown message type " + bericht.GetType().Name, nameof(bericht)),
        };
        foreach (var item in body)
        {
            yield return item;
        }
    }

    /// <summary>The classes of one type with their paths, e.g. every <see cref="Prestatie"/> of a 323.</summary>
    public static IEnumerable<(string Path, T Record)> Of<T>(Bericht bericht)
        where T : class
    {
        foreach (var item in Of(bericht))
        {
            if (item.Record is T record)
            {
                yield return (item.Path, record);
            }
        }
    }

    /// <summary>Appends a repeating element with its 1-based index: Item(p, "Prestatie", 1) is p/Prestatie[1].</summary>
    public static string Item(string parent, string name, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}/{name}[{index}]");

    private const string ClientPath = "/Bericht/Client";

    private static IEnumerable<ClassPath> OfClient(Client client)
    {
        yield return new ClassPath(ClientPath, client);
        var i = 0;
        foreach (var relatie in client.Relaties ?? [])
        {
            var path = Item(ClientPath + "/Relaties", "Relatie", ++i);
            yield return new ClassPath(path, relatie);
            yield return new ClassPath(path + "/Contact", relatie.Contact);
        }

        foreach (var item in Items(ClientPath + "/Contactgegevens", "Contact", client.Contactgegevens))
        {
            yield return item;
        }

        foreach (var item in Items(ClientPath + "/ToegewezenProducten", "ToegewezenProduct", client.ToegewezenProducten))
        {
            yield return item;
        }
    }

    private static IEnumerable<ClassPath> OfClient(StartClient client) =>
        Items(ClientPath + "/StartProducten", "StartProduct", client.StartProducten).Prepend(new ClassPath(ClientPath, client));

    private static IEnumerable<ClassPath> OfClient(StopClient client) =>
        Items(ClientPath + "/StopProducten", "StopProduct", client.StopProducten).Prepend(new ClassPath(ClientPath, client));

    private static IEnumerable<ClassPath> OfClient(VerzoekOmToewijzingClient client) =>
        Items(ClientPath + "/AangevraagdeProducten", "AangevraagdProduct", client.AangevraagdeProducten).Prepend(new ClassPath(ClientPath, client));

    private static IEnumerable<ClassPath> OfClient(VerzoekOmWijzigingClient client)
    {
        const string verzoekPath = ClientPath + "/Verzoek";
        var verzoek = client.Verzoek;
        return new[] { new ClassPath(ClientPath, client), new ClassPath(verzoekPath, verzoek) }
            .Concat(Items(verzoekPath + "/OngewijzigdeProducten", "OngewijzigdProduct", verzoek.OngewijzigdeProducten ?? []))
            .Concat(Items(verzoekPath + "/TeWijzigenProducten", "TeWijzigenProduct", verzoek.TeWijzigenProducten ?? []))
            .Concat(Items(verzoekPath + "/NieuweProducten", "NieuwProduct", verzoek.NieuweProducten ?? []));
    }

    private static IEnumerable<ClassPath> OfAntwoord(Antwoord antwoord)
    {
        const string path = "/Bericht/Antwoord";
        yield return new ClassPath(path, antwoord);
        if (antwoord.Woonplaatsbeginsel is { } woonplaatsbeginsel)
        {
            yield return new ClassPath(path + "/Woonplaatsbeginsel", woonplaatsbeginsel);
        }
    }

    private static IEnumerable<ClassPath> OfDeclaratie(Declaratie declaratie)
    {
        const string path = "/Bericht/Declaratie";
        yield return new ClassPath(path, declaratie);
        foreach (var item in OfClienten(path, declaratie.Clienten))
        {
            yield return item;
        }
    }

    private static IEnumerable<ClassPath> OfDeclaratieAntwoord(DeclaratieAntwoord antwoord)
    {
        const string path = "/Bericht/DeclaratieAntwoord";
        yield return new ClassPath(path, antwoord);
        foreach (var item in OfClienten(path, antwoord.Clienten ?? []))
        {
            yield return item;
        }
    }

    private static IEnumerable<ClassPath> OfClienten(string parent, IReadOnlyList<DeclaratieClient> clienten)
    {
        for (var c = 0; c < clienten.Count; c++)
        {
            var clientPath = Item(parent + "/Clienten", "Client", c + 1);
            yield return new ClassPath(clientPath, clienten[c]);
            foreach (var item in Items(clientPath + "/Prestaties", "Prestatie", clienten[c].Prestaties))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ClassPath> Items<T>(string container, string name, IReadOnlyList<T> items)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return new ClassPath(Item(container, name, i + 1), items[i]);
        }
    }

    /// <summary>Ends a <see cref="Remember"/>: the thread's earlier list (if any) is in force again.</summary>
    internal readonly struct RememberedScope((Bericht Bericht, ClassPath[] Classes)? previous, bool active) : IDisposable
    {
        public void Dispose()
        {
            if (active)
            {
                t_remembered = previous;
            }
        }
    }
}
