using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>
/// Finds every value of a configuration section the binder could not convert to its option's type (the binder itself
/// stops at the first), each named with its full key and the form it expects: <c>Gateway:Retry:BaseDelay: 'banana' is
/// not a time span like 00:05:00</c>. Keys the options type does not know are left alone.
/// </summary>
internal static class ConfigurationValueCheck
{
    private const int ShownLength = 40;

    public static IReadOnlyList<string> Problems(IConfigurationSection section, Type optionsType)
    {
        var problems = new List<string>();
        CheckChildren(section, optionsType, problems);
        return problems;
    }

    private static void Check(IConfigurationSection node, Type type, List<string> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            if (node.Value is { Length: > 0 } value && !Converts(value, type))
            {
                problems.Add($"{node.Path}: '{Shown(value)}' is not {Form(type)}.");
            }
            else if (node.Value is null && node.GetChildren().Any())
            {
                problems.Add($"{node.Path}: expects a single value, {Form(type)}, not a section.");
            }

            return;
        }

        CheckChildren(node, type, problems);
    }

    private static void CheckChildren(IConfigurationSection node, Type type, List<string> problems)
    {
        if (ElementType(type) is { } element)
        {
            foreach (var child in node.GetChildren())
            {
                Check(child, element, problems);
            }

            return;
        }

        foreach (var child in node.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is not null)
            {
                Check(child, property.PropertyType, problems);
            }
        }
    }

    /// <summary>The element type of a list, array or dictionary (by its values), null for anything else.</summary>
    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var dictionary = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        var enumerable = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is not null && typeof(IEnumerable).IsAssignableFrom(type) ? enumerable.GetGenericArguments()[0] : null;
    }

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid);
    }

    private static bool Converts(string value, Type type)
    {
        try
        {
            // The converter the binder uses, so that what passes here binds there.
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException or InvalidCastException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Form(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a time span like 00:05:00 (hh:mm:ss, or d.hh:mm:ss for days)",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte)
            => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number like 0.05 (with a point)",
        _ when type == typeof(Uri) => "a URL like https://host:port/path",
        _ when type == typeof(DateOnly) => "a date like 2026-01-31",
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "a date and time like 2026-01-31T09:00:00+01:00",
        _ when type == typeof(Guid) => "a GUID",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => "a " + type.Name,
    };

    private static string Shown(string value) =>
        value.Length <= ShownLength ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..ShownLength]}… ({value.Length} characters)");
}
