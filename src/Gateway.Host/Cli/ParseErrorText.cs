using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Gateway.Host.Cli.Texts;

namespace Gateway.Host.Cli;

/// <summary>
/// A parse error as one line that names the option and the form it expects ("--limit: 'abc' is not a whole number")
/// instead of System.CommandLine's .NET type name ("as expected type 'System.Int32'").
/// </summary>
internal static class ParseErrorText
{
    public static string Describe(ParseError error, TextCatalogue texts)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult option } argument => (option.Option.Name, argument.Argument.ValueType, argument.Tokens),
            ArgumentResult argument => ($"<{argument.Argument.Name}>", argument.Argument.ValueType, argument.Tokens),
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            _ => (null, null, null),
        };
        if (name is not null && type is not null && tokens is not null)
        {
            foreach (var token in tokens)
            {
                if (Expected(token.Value, type, texts) is { } form)
                {
                    return TextCatalogue.Say(form, name, token.Value);
                }
            }
        }

        return OneLine(error.Message);
    }

    /// <summary>The text for a value that is not of <paramref name="type"/>; null when it is (the error is about something else).</summary>
    private static string? Expected(string value, Type type, TextCatalogue texts)
    {
        var c = CultureInfo.InvariantCulture;
        type = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            if (long.TryParse(value, NumberStyles.Integer, c, out var whole) && (type == typeof(long) || (type == typeof(int) ? whole is >= int.MinValue and <= int.MaxValue : whole is >= short.MinValue and <= short.MaxValue)))
            {
                return null;
            }

            return IsDigits(value) ? texts.TooLarge : texts.NotAWholeNumber;
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return double.TryParse(value, NumberStyles.Float, c, out var number) && double.IsFinite(number) ? null : texts.NotANumber;
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(value, c, DateTimeStyles.AssumeUniversal, out _) ? null : texts.NotADate;
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(value, c, out _) ? null : texts.NotADuration;
        }

        if (type == typeof(bool))
        {
            return bool.TryParse(value, out _) ? null : texts.NotTrueOrFalse;
        }

        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _) ? null : texts.NotOneOf.Replace("{2}", string.Join(", ", Enum.GetNames(type)), StringComparison.Ordinal);
        }

        return null;
    }

    private static bool IsDigits(string value) => value.TrimStart('-', '+') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>System.CommandLine's own messages, some of which span lines ("Must be one of:\n\t'a'"), on one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');

    /// <summary>"gateway queue list": the command a parse ended in, for the hint to its --help.</summary>
    public static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult c; result = c.Parent)
        {
            names.Add(c.Parent is null ? "gateway" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
