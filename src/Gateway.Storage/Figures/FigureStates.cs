using Gateway.Routing.Figures;

namespace Gateway.Storage.Figures;

/// <summary>The stored text of a <see cref="FigureState"/> (figure_prestatie.state and .judged).</summary>
internal static class FigureStates
{
    public const string Granted = "granted";

    public const string Rejected = "rejected";

    public const string Held = "held";

    public static FigureState Parse(string text) => text switch
    {
        Granted => FigureState.Granted,
        Rejected => FigureState.Rejected,
        Held => FigureState.Held,
        _ => throw new InvalidDataException($"Unknown figure state '{text}' in the store."),
    };
}
