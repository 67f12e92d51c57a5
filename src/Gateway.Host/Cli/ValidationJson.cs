using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.Host.Cli;

/// <summary>
/// The JSON line of `validate --json`: file, standard, message, release, valid, errors[level, code, retourcode, path,
/// line, message] — plus "rule" on an error whose XSD facet implements a rule of the standard.
/// </summary>
internal static class ValidationJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Line(string file, MessageValidationResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            WriteNullable(json, "standard", result.Identity?.Standard.Key());
            WriteNullable(json, "message", result.Identity is { } id ? MessageCatalog.Get(id.Message).Number : null);
            WriteNullable(json, "release", result.Identity?.Release);
            json.WriteBoolean("valid", result.IsValid);
            json.WriteStartArray("errors");
            foreach (var issue in result.Issues)
            {
                json.WriteStartObject();
                json.WriteNumber("level", issue.Level);
                json.WriteString("code", issue.Code);
                WriteNullable(json, "retourcode", issue.RetourCode);
                WriteNullable(json, "path", issue.Path);
                if (issue.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteString("message", issue.Message);
                if (issue.Rule is { } rule)
                {
                    json.WriteString("rule", rule);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
