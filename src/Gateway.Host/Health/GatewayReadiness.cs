namespace Gateway.Host.Health;

/// <summary>What readiness needs beyond a reachable store: migrations done and schema packs loaded (set by start-up).</summary>
internal sealed class GatewayReadiness
{
    private volatile bool migrated;
    private volatile bool schemasLoaded;

    public bool Migrated => migrated;

    public bool SchemasLoaded => schemasLoaded;

    public void MarkMigrated() => migrated = true;

    public void MarkSchemasLoaded() => schemasLoaded = true;
}
