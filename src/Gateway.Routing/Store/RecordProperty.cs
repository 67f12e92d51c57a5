using System.Collections.Concurrent;
using System.Reflection;

namespace Gateway.Routing.Store;

/// <summary>
/// A named public property of a message's class record (Bsn, ToewijzingNummer …), whichever record type carries it. The
/// property is looked up once per record type and property name and kept: a lookup per message made the runtime drop
/// and rebuild its reflection caches and emit a fresh invoke stub each time, several percent of the CPU of intake.
/// </summary>
internal static class RecordProperty
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo?> Properties = new();

    /// <summary>The value of <paramref name="name"/> on <paramref name="record"/>; null when its type has no such property.</summary>
    public static object? Value(object record, string name) =>
        Properties.GetOrAdd((record.GetType(), name), static key => key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance))?.GetValue(record);
}
