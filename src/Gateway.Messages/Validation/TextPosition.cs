namespace Gateway.Messages.Validation;

/// <summary>A 1-based position in a document.</summary>
public readonly record struct TextPosition(int Line, int Column);
