using Gateway.Host.Explain;

namespace Gateway.Host.Console;

/// <summary>A retourcode or rule code explained in the console's language, from the one catalogue of <c>gateway explain</c>.</summary>
internal static class ConsoleExplanations
{
    public static string Of(CodeExplainer explainer, string code, ConsoleTexts texts)
    {
        ArgumentNullException.ThrowIfNull(explainer);
        ArgumentNullException.ThrowIfNull(texts);
        return explainer.Explain(code) is { } explanation
            ? (texts.Code == "en" ? explanation.Meaning.En : explanation.Meaning.Nl)
            : texts["explain.unknown"];
    }
}
