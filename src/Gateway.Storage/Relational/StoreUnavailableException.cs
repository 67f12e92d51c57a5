namespace Gateway.Storage.Relational;

/// <summary>The store's database cannot be reached or refuses the configured account at start; the message names the setting to check.</summary>
public sealed class StoreUnavailableException(string message, Exception innerException) : Exception(message, innerException);
