namespace Gateway.Messages.Rules;

/// <summary>
/// White space as the XSD facets of the pack see it (\s is space, tab, CR and LF): the model checks of the RS
/// restrictions must refuse exactly what those facets refuse, no more.
/// </summary>
internal static class XsdWhiteSpace
{
    /// <summary>True when the value is empty or holds only space, tab, CR and LF.</summary>
    public static bool IsBlank(string value) => value.All(c => c is ' ' or '\t' or '\r' or '\n');
}
