namespace Gateway.Routing.Store;

/// <summary>State of a delivery (one row of the retry queue).</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its next attempt time.</summary>
    Pending,

    /// <summary>Leased by a sender for one attempt.</summary>
    Sending,

    /// <summary>Done: the destination acknowledged it.</summary>
    Delivered,

    /// <summary>Parked: permanent failure or retry horizon passed; keeps bytes, reason and attempt history.</summary>
    DeadLettered,

    /// <summary>Parked: the hub refused the message for good with an Fo01; never retried, its back office told; an operator may replay it.</summary>
    RefusedByHub,
}
