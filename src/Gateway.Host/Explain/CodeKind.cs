using System.Text.Json.Serialization;

namespace Gateway.Host.Explain;

/// <summary>What sort of code an explanation is about.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CodeKind>))]
internal enum CodeKind
{
    /// <summary>A retourcode of release 3.2 (0001, 9321, S329 …).</summary>
    RetourCode,

    /// <summary>A level-2 rule: checked inside one message (TR…, CS…, CD…, RS…).</summary>
    Level2Rule,

    /// <summary>A level-3 rule (against earlier messages) or level-4 rule (against reference data and contracts).</summary>
    CrossMessageRule,

    /// <summary>A level-1 code (XML, XSD, SIZE, ENCODING, UNSUPPORTED).</summary>
    Level1,

    /// <summary>A StUF or GGk (IB…) code of an Fo01 or Fo03.</summary>
    Transport,

    /// <summary>A bedrijfsregel (OP…) or invulinstructie (IV…) the gateway cites.</summary>
    Reference,

    /// <summary>An envelope functie of a message release 3.0 replaced (JW303 …).</summary>
    RetiredFunctie,

    /// <summary>A code of the gateway's own that is no rule of the standard (ROUTE).</summary>
    Gateway,
}
