using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Model;

public class ClassPathsTests
{
    [Fact]
    public void Of_301_YieldsHeaderClientRelatiesContactsAndProductsWithIndexes()
    {
        var paths = ClassPaths.Of(SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing)).Select(p => p.Path).ToList();

        Assert.Equal(
            [
                "/Bericht/Header",
                "/Bericht/Client",
                "/Bericht/Client/Relaties/Relatie[1]",
                "/Bericht/Client/Relaties/Relatie[1]/Contact",
                "/Bericht/Client/Contactgegevens/Contact[1]",
                "/Bericht/Client/Contactgegevens/Contact[2]",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]",
            ],
            paths);
    }

    [Fact]
    public void Of_323_IndexesClientsAndPrestaties()
    {
        var b = SomeBericht.Declaratie(Standard.Iwmo, clients: 3);

        var prestaties = ClassPaths.Of<Prestatie>(b).ToList();

        Assert.Equal("/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[1]", prestaties[2].Path);
        Assert.Same(b.Declaratie.Clienten[2].Prestaties[0], prestaties[2].Record);
        Assert.Contains(ClassPaths.Of(b), p => p.Path == "/Bericht/Declaratie" && ReferenceEquals(p.Record, b.Declaratie));
    }

    [Fact]
    public void Of_318_WalksTheVerzoekContainers()
    {
        var paths = ClassPaths.Of(SomeBericht.Of(Standard.Ijw, MessageCode.VerzoekOmWijzigingRetour)).Select(p => p.Path).ToList();

        Assert.Equal(
            [
                "/Bericht/Header",
                "/Bericht/Client",
                "/Bericht/Client/Verzoek",
                "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]",
                "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]",
                "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]",
            ],
            paths);
    }

    [Fact]
    public void Of_RetourWithoutBody_YieldsOnlyTheHeader()
    {
        var b = (Bericht320)SomeBericht.Of(Standard.Ijw, MessageCode.AntwoordRetour) with { Antwoord = null };

        Assert.Equal(["/Bericht/Header"], ClassPaths.Of(b).Select(p => p.Path));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Of_AnyMessage_EveryPathAddressesAnElementOfTheWrittenDocument(Standard standard, MessageCode code)
    {
        var bericht = SomeBericht.Of(standard, code);
        var doc = System.Xml.Linq.XDocument.Parse(BerichtWriter.ToXml(bericht));

        foreach (var path in ClassPaths.Of(bericht).Select(p => p.Path))
        {
            Assert.NotNull(Resolve(doc, path));
        }
    }

    public static IEnumerable<object[]> AllCodes() => SomeBericht.AllCodes();

    /// <summary>Follows a ClassPaths path by local names and 1-based indexes.</summary>
    private static System.Xml.Linq.XElement? Resolve(System.Xml.Linq.XDocument doc, string path)
    {
        System.Xml.Linq.XElement? current = null;
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            var index = bracket < 0 ? 1 : int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var candidates = current is null ? [doc.Root!] : current.Elements().ToList();
            var matching = candidates.Where(e => e.Name.LocalName == name).ToList();
            if (bracket < 0 && matching.Count > 1)
            {
                return null; // a repeating element must carry an index
            }

            current = matching.ElementAtOrDefault(index - 1);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    [Fact]
    public void Remember_WhileInForce_HandsOutOneListForThatMessage()
    {
        var b = SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing);
        var other = SomeBericht.Of(Standard.Iwmo, MessageCode.Toewijzing);

        using (ClassPaths.Remember(b))
        {
            Assert.Same(ClassPaths.Of(b), ClassPaths.Of(b));
            Assert.NotSame(ClassPaths.Of(other), ClassPaths.Of(other));
            Assert.Equal(ClassPaths.Of(other).Select(p => p.Path), ClassPaths.Of(b).Select(p => p.Path));
        }

        Assert.NotSame(ClassPaths.Of(b), ClassPaths.Of(b));
    }

    [Fact]
    public void Remember_MessageWithVeryManyClasses_IsWalkedAsBefore()
    {
        var b = SomeBericht.Declaratie(Standard.Ijw, clients: 600);

        using (ClassPaths.Remember(b))
        {
            Assert.NotSame(ClassPaths.Of(b), ClassPaths.Of(b));
            Assert.Equal(1 + 1 + (600 * 2), ClassPaths.Of(b).Count());
        }
    }

    [Fact]
    public void Remember_OnAnotherThread_IsNotInForce()
    {
        var b = SomeBericht.Of(Standard.Ijw, MessageCode.Toewijzing);

        using (ClassPaths.Remember(b))
        {
            var sameOnOtherThread = true;
            var other = new Thread(() => sameOnOtherThread = ReferenceEquals(ClassPaths.Of(b), ClassPaths.Of(b)));
            other.Start();
            other.Join();

            Assert.False(sameOnOtherThread);
        }
    }
}
