namespace Gateway.Routing.Cluster;

/// <summary>What a check of the instance-name lock found (<see cref="IInstanceLock.CheckAsync"/>).</summary>
public enum InstanceLockCheck
{
    /// <summary>The lock's session is alive: the name is this process's.</summary>
    Held,

    /// <summary>The session was lost (a database restart) and the name was free: this process holds it again on a new session.</summary>
    Retaken,

    /// <summary>The session was lost and another process holds the name now: this process must stop.</summary>
    TakenByAnother,

    /// <summary>The database cannot be reached from here now: whether the name is still this process's is not known. Check again later.</summary>
    Unreachable,
}
