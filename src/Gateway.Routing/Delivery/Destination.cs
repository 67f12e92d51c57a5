namespace Gateway.Routing.Delivery;

/// <summary>Names of delivery destinations: "hub" or "backoffice:&lt;gemeentecode&gt;".</summary>
public static class Destination
{
    /// <summary>The national hub (GGk).</summary>
    public const string Hub = "hub";

    /// <summary>The prefix of a back-office destination.</summary>
    public const string BackOfficePrefix = "backoffice:";

    /// <summary>The back office of one gemeentecode.</summary>
    public static string BackOffice(string gemeentecode) => BackOfficePrefix + gemeentecode;

    /// <summary>The gemeentecode of a back-office destination, or null for any other destination.</summary>
    public static string? GemeentecodeOf(string destination) =>
        destination.StartsWith(BackOfficePrefix, StringComparison.Ordinal) ? destination[BackOfficePrefix.Length..] : null;
}
