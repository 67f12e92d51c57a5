namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>What an Fo01 code means for our delivery: retry later, never retry, or treat as already delivered.</summary>
public enum GgkFoutClass
{
    /// <summary>Will not succeed by sending the same envelope again (dead-letter; an operator fixes and replays).</summary>
    Permanent,

    /// <summary>May succeed later (freeze window, chain outage): the durable schedule retries.</summary>
    Transient,

    /// <summary>The hub already has this referentienummer (IB216, IB016): an earlier attempt arrived.</summary>
    AlreadyDelivered,
}
