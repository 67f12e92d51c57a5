namespace Gateway.Messages.Schemas;

/// <summary>When the schema sets of loaded packs are compiled.</summary>
public enum SchemaCompilation
{
    /// <summary>While loading: a pack that does not compile fails the load (what a service wants at start).</summary>
    AtLoad,

    /// <summary>
    /// When a pack is first needed to validate: a short-lived process that sees one standard does not compile the
    /// other; a pack that does not compile fails that validation.
    /// </summary>
    OnFirstUse,
}
