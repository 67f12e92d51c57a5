namespace Gateway.Messages.Schemas;

/// <summary>The XsdVersie values a schema accepts: its own version and the min/max pair of its appinfo.</summary>
public sealed record XsdVersionRange(XsdVersion Current, XsdVersion Min, XsdVersion Max)
{
    /// <summary>True when <paramref name="version"/> lies within [Min, Max].</summary>
    public bool Contains(XsdVersion version) => version >= Min && version <= Max;

    /// <inheritdoc />
    public override string ToString() => Min == Max ? Min.ToString() : $"{Min} to {Max}";
}
