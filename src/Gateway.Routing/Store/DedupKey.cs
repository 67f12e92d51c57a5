using System.Globalization;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Store;

/// <summary>The unique identity of an iStandaarden message: (standard, message code, Afzender, Identificatie).</summary>
/// <remarks>For retours the Identificatie is the IdentificatieRetour; for a 325 its own BerichtIdentificatie.</remarks>
public sealed record DedupKey(Standard Standard, MessageCode Code, string Afzender, string Identificatie)
{
    /// <summary>The stored text form, e.g. "ijw|301|0363|T0001".</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Standard.Key()}|{(int)Code}|{Afzender}|{Identificatie}");

    /// <inheritdoc />
    public override string ToString() => Value;
}
