using Gateway.Messages.Model;

namespace Gateway.Messages.Answers;

/// <summary>
/// Decides the retourcodes of every class of a heen-bericht from a class-level outcome: the rule's codes where a
/// rule failed, 0233 below a rejected class (not assessed), 0200 everywhere else.
/// </summary>
internal sealed class ClassCodeResolver
{
    private static readonly IReadOnlyList<string> Fine = [RetourCodes.GeenOpmerking];
    private static readonly IReadOnlyList<string> NotAssessed = [RetourCodes.NietBeoordeeld];

    private readonly Dictionary<string, List<string>> _rejected = new(StringComparer.Ordinal);

    public ClassCodeResolver(Bericht heen, MessageOutcome outcome)
    {
        var classPaths = ClassPaths.Of(heen).Select(c => c.Path).Where(p => p != ClassPaths.Header).ToList();
        foreach (var (path, codes) in outcome.ClassCodes)
        {
            var owner = OwningClass(path, classPaths)
                ?? throw new ArgumentException(
                    $"The outcome rejects {path}, which is not a class of this {heen.Identity} or a field of one.", nameof(outcome));
            if (!_rejected.TryGetValue(owner, out var list))
            {
                _rejected[owner] = list = [];
            }

            list.AddRange(codes.Where(c => !list.Contains(c)));
        }
    }

    /// <summary>True when the class itself was rejected by a rule.</summary>
    public bool IsRejected(string classPath) => _rejected.ContainsKey(classPath);

    /// <summary>True when the class or anything below it was rejected.</summary>
    public bool IsRejectedAtOrBelow(string classPath) =>
        _rejected.Keys.Any(p => p == classPath || IsBelow(p, classPath));

    /// <summary>True when a class above this one was rejected, so this one was not assessed.</summary>
    public bool IsBelowRejected(string classPath) => _rejected.Keys.Any(p => IsBelow(classPath, p));

    /// <summary>The codes the class carries in the answer.</summary>
    public IReadOnlyList<string> For(string classPath) =>
        _rejected.TryGetValue(classPath, out var codes) ? codes
        : IsBelowRejected(classPath) ? NotAssessed
        : Fine;

    // The deepest class at or above the path; a rest with an index ("StopProduct[3]") names a class the message lacks.
    private static string? OwningClass(string path, List<string> classPaths)
    {
        var owner = classPaths.Where(c => c == path || IsBelow(path, c)).MaxBy(c => c.Length);
        return owner is not null && !path.AsSpan(owner.Length).Contains('[') ? owner : null;
    }

    private static bool IsBelow(string path, string ancestor) =>
        path.Length > ancestor.Length + 1 && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] == '/';
}
