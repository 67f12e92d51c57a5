using System.Globalization;

namespace Gateway.Messages.Standards;

/// <summary>What a document is: standard, message and release, as read from its root namespace.</summary>
public sealed record MessageIdentity(Standard Standard, MessageCode Message, string Release)
{
    /// <summary>The release as it appears in a namespace: "3.2" becomes "3_2".</summary>
    public static string ReleaseSegment(string release) => release.Replace('.', '_');

    /// <summary>The message namespace, e.g. http://www.istandaarden.nl/ijw/3_2/jw301/schema.</summary>
    public string Namespace => MessageNamespace(Standard, Message, Release);

    /// <summary>The basisschema namespace of this standard and release.</summary>
    public string BasisschemaNamespace => BasisNamespace(Standard, Release);

    /// <summary>The namespace of one message of one standard and release.</summary>
    public static string MessageNamespace(Standard standard, MessageCode message, string release) =>
        string.Create(CultureInfo.InvariantCulture, $"http://www.istandaarden.nl/{standard.Key()}/{ReleaseSegment(release)}/{standard.MessagePrefix()}{(int)message}/schema");

    /// <summary>The basisschema namespace of one standard and release.</summary>
    public static string BasisNamespace(Standard standard, string release) =>
        $"http://www.istandaarden.nl/{standard.Key()}/{ReleaseSegment(release)}/basisschema/schema";

    /// <inheritdoc />
    public override string ToString() => $"{MessageCatalog.Get(Message).QualifiedName(Standard)} ({Release})";
}
