namespace Gateway.Host.Cli.Texts;

/// <summary>The language of human output (tables, summaries, error lines); JSON output has none.</summary>
internal enum Language
{
    En,
    Nl,
}
