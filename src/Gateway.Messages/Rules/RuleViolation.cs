using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

/// <summary>One place in a message where a rule does not hold.</summary>
/// <param name="Path">Absolute element path (see <see cref="ClassPaths"/>), of the class or of the field inside it.</param>
/// <param name="Detail">What is wrong there, in plain English, naming values where that helps — never a BSN.</param>
public sealed record RuleViolation(string Path, string Detail);
