using System.Globalization;
using System.Text.Json;

namespace Gateway.Routing.Reference;

/// <summary>
/// Reads the entries of a top-level JSON array with their line numbers, and the fields of each entry while collecting
/// problems instead of stopping at the first one, so an operator sees everything wrong in one go.
/// </summary>
internal sealed class JsonEntries
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private JsonEntries(string file, JsonDocument document, byte[] bytes)
    {
        File = file;
        Document = document;
        Bytes = bytes;
    }

    public string File { get; }

    public JsonDocument Document { get; }

    public List<ConfigurationError> Errors { get; } = [];

    private byte[] Bytes { get; }

    /// <summary>Parses the file; a syntax error or an unreadable file becomes a <see cref="ConfigurationFileException"/>.</summary>
    public static JsonEntries Open(string file)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationFileException([new ConfigurationError(file, null, "", "cannot be read: " + e.Message)]);
        }

        try
        {
            return new JsonEntries(file, JsonDocument.Parse(bytes, DocumentOptions), bytes);
        }
        catch (JsonException e)
        {
            throw new ConfigurationFileException([new ConfigurationError(file, e.LineNumber is { } l ? (int)l + 1 : null, "", "is not valid JSON: " + e.Message)]);
        }
    }

    /// <summary>The elements of the top-level array property <paramref name="name"/> with their 1-based lines.</summary>
    public IReadOnlyList<(JsonElement Element, int Line, int Index)> Array(string name, bool required = true)
    {
        if (Document.RootElement.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(new ConfigurationError(File, 1, "", "the file must be a JSON object"));
            return [];
        }

        if (!Document.RootElement.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            if (required)
            {
                Errors.Add(new ConfigurationError(File, 1, "", $"needs an array \"{name}\""));
            }

            return [];
        }

        var lines = ElementLines(name);
        return [.. array.EnumerateArray().Select((e, i) => (e, i < lines.Count ? lines[i] : 0, i))];
    }

    /// <summary>A reader for the fields of one entry.</summary>
    public Entry For(JsonElement element, int line, string entry) => new(this, element, line, entry);

    public void ThrowIfErrors()
    {
        if (Errors.Count > 0)
        {
            throw new ConfigurationFileException(Errors);
        }
    }

    private List<int> ElementLines(string name)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(Bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        string? property = null;
        var inArray = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartArray when reader.CurrentDepth == 1:
                    inArray = property == name;
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    inArray = false;
                    break;
                case JsonTokenType.StartObject when inArray && reader.CurrentDepth == 2:
                    lines.Add(LineOf(reader.TokenStartIndex));
                    break;
                default:
                    break;
            }
        }

        return lines;
    }

    private int LineOf(long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < Bytes.Length; i++)
        {
            if (Bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Typed access to one entry's fields; each problem is recorded with the entry's file, line and name.</summary>
    internal readonly struct Entry(JsonEntries owner, JsonElement element, int line, string name)
    {
        public JsonElement Element => element;

        public void Error(string problem) => owner.Errors.Add(new ConfigurationError(owner.File, line, name, problem));

        public bool Has(string field) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null;

        public string? String(string field, bool required = false, System.Text.RegularExpressions.Regex? pattern = null)
        {
            if (!TryGet(field, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error($"\"{field}\" must be a string");
                return null;
            }

            var text = value.GetString()!;
            if (pattern is not null && !pattern.IsMatch(text))
            {
                Error($"\"{field}\" value '{text}' does not match {pattern}");
                return null;
            }

            return text;
        }

        public DateOnly? Date(string field, bool required = false)
        {
            var text = String(field, required);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error($"\"{field}\" value '{text}' is not a date yyyy-MM-dd");
            return null;
        }

        public long? Long(string field, bool required = false, long min = 0)
        {
            if (!TryGet(field, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
            {
                Error($"\"{field}\" must be a whole number");
                return null;
            }

            if (number < min)
            {
                Error($"\"{field}\" must be at least {min}, not {number}");
                return null;
            }

            return number;
        }

        public decimal? Decimal(string field, bool required = false)
        {
            if (!TryGet(field, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            {
                Error($"\"{field}\" must be a number");
                return null;
            }

            return number;
        }

        public bool Bool(string field, bool fallback = false)
        {
            if (!TryGet(field, false, out var value))
            {
                return fallback;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Error($"\"{field}\" must be true or false");
            return fallback;
        }

        public IReadOnlyList<string> Strings(string field, bool required = false)
        {
            if (!TryGet(field, required, out var value))
            {
                return [];
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return [value.GetString()!];
            }

            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                return [.. value.EnumerateArray().Select(v => v.GetString()!)];
            }

            Error($"\"{field}\" must be a string or an array of strings");
            return [];
        }

        public Entry? Object(string field, bool required = false)
        {
            if (!TryGet(field, required, out var value))
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Error($"\"{field}\" must be an object");
                return null;
            }

            return new Entry(owner, value, line, name + "." + field);
        }

        private bool TryGet(string field, bool required, out JsonElement value)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }

            value = default;
            if (required)
            {
                Error($"\"{field}\" is missing");
            }

            return false;
        }
    }
}
