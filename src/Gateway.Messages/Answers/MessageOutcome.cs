using Gateway.Messages.Validation;

namespace Gateway.Messages.Answers;

/// <summary>
/// The result of checking one heen-bericht on levels 2–4, which the answer builders turn into a retour
/// or 325. Level 2 fills it now; level-3/4 rules add class rejections later with <see cref="With"/>.
/// Any error rejects the whole message (the 325 per prestatie): a level-2 failure wins over everything,
/// a header failure wins over class failures.
/// </summary>
public sealed class MessageOutcome
{
    private const string HeaderPath = Model.ClassPaths.Header;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoClasses =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    private MessageOutcome(IReadOnlyList<string> headerCodes, IReadOnlyDictionary<string, IReadOnlyList<string>> classCodes)
    {
        HeaderCodes = headerCodes;
        ClassCodes = classCodes;
    }

    /// <summary>The rejecting codes of the header (0001, or level-3/4 rule codes); empty unless rejected at header level.</summary>
    public IReadOnlyList<string> HeaderCodes { get; }

    /// <summary>The rejecting codes per class path; empty unless rejected at class level.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClassCodes { get; }

    /// <summary>What kind of answer this outcome leads to.</summary>
    public OutcomeKind Kind =>
        HeaderCodes.Contains(RetourCodes.TechnischAfgekeurd) ? OutcomeKind.RejectedAtLevel2
        : HeaderCodes.Count > 0 ? OutcomeKind.RejectedAtHeader
        : ClassCodes.Count > 0 ? OutcomeKind.RejectedAtClass
        : OutcomeKind.Accepted;

    /// <summary>True when every check passed.</summary>
    public bool IsAccepted => Kind == OutcomeKind.Accepted;

    /// <summary>Every check passed.</summary>
    public static MessageOutcome Accepted() => new([], NoClasses);

    /// <summary>A rule inside the message failed (level 2): 0001 in the header, nothing else.</summary>
    public static MessageOutcome RejectedAtLevel2() => new([RetourCodes.TechnischAfgekeurd], NoClasses);

    /// <summary>Level-3/4 rules on the header failed: their codes in the header, nothing else.</summary>
    public static MessageOutcome Rejected(string headerCode, params string[] moreHeaderCodes)
    {
        string[] codes = [headerCode, .. moreHeaderCodes];
        foreach (var code in codes)
        {
            EnsureRuleCode(code, nameof(headerCode));
        }

        return new(codes.Distinct(StringComparer.Ordinal).ToArray(), NoClasses);
    }

    /// <summary>A level-3/4 rule rejected one class.</summary>
    public static MessageOutcome RejectedClass(string path, string retourCode) =>
        Accepted().With(new ClassRejection(path, retourCode));

    /// <summary>Level-3/4 rules rejected these classes.</summary>
    public static MessageOutcome RejectedClasses(IEnumerable<ClassRejection> rejections) =>
        rejections.Aggregate(Accepted(), (outcome, rejection) => outcome.With(rejection));

    /// <summary>
    /// Accepted when no issue is at level 2, otherwise rejected with 0001. Level-1 issues get no answer at all,
    /// so passing one is a programming error.
    /// </summary>
    public static MessageOutcome FromLevel2(IEnumerable<ValidationIssue> issues)
    {
        var levels = issues.Select(i => i.Level).ToList();
        if (levels.Contains(1))
        {
            throw new ArgumentException("A message that fails level 1 gets no retour; answer it at transport level.", nameof(issues));
        }

        return levels.Contains(2) ? RejectedAtLevel2() : Accepted();
    }

    /// <summary>
    /// This outcome plus one more rejection. A path at or below /Bericht/Header rejects the header; a class rejection
    /// is ignored once the message is rejected at header level. A path may name a field of a class
    /// (…/ToegewezenProduct[2]/Einddatum): the builders put the code on the class that holds it.
    /// </summary>
    public MessageOutcome With(ClassRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        EnsurePath(rejection.Path);
        EnsureRuleCode(rejection.RetourCode, nameof(rejection));
        if (IsHeaderPath(rejection.Path))
        {
            return Kind == OutcomeKind.RejectedAtLevel2 || HeaderCodes.Contains(rejection.RetourCode)
                ? this
                : new([.. HeaderCodes, rejection.RetourCode], NoClasses);
        }

        if (HeaderCodes.Count > 0)
        {
            return this;
        }

        var classes = new Dictionary<string, IReadOnlyList<string>>(ClassCodes, StringComparer.Ordinal);
        var existing = classes.TryGetValue(rejection.Path, out var codes) ? codes : [];
        classes[rejection.Path] = existing.Contains(rejection.RetourCode) ? existing : [.. existing, rejection.RetourCode];
        return new(HeaderCodes, classes);
    }

    /// <summary>Combines two outcomes of the same message, e.g. of different rules.</summary>
    public MessageOutcome Merge(MessageOutcome other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind == OutcomeKind.RejectedAtLevel2 || other.Kind == OutcomeKind.RejectedAtLevel2)
        {
            return RejectedAtLevel2();
        }

        if (HeaderCodes.Count > 0 || other.HeaderCodes.Count > 0)
        {
            return new(HeaderCodes.Concat(other.HeaderCodes).Distinct(StringComparer.Ordinal).ToArray(), NoClasses);
        }

        return other.ClassCodes
            .SelectMany(c => c.Value.Select(code => new ClassRejection(c.Key, code)))
            .Aggregate(this, (outcome, rejection) => outcome.With(rejection));
    }

    /// <summary>The rejecting codes of one class; empty when the class passed.</summary>
    public IReadOnlyList<string> CodesFor(string path) =>
        ClassCodes.TryGetValue(path, out var codes) ? codes : [];

    private static bool IsHeaderPath(string path) =>
        path == HeaderPath || path.StartsWith(HeaderPath + "/", StringComparison.Ordinal);

    private static void EnsureRuleCode(string code, string parameter)
    {
        var info = RetourCodeCatalogue.Find(code)
            ?? throw new ArgumentException($"'{code}' is not a retourcode of release 3.2.", parameter);
        if (!info.IsRejection || info.Code == RetourCodes.TechnischAfgekeurd)
        {
            throw new ArgumentException($"'{code}' is not the code of a level-3/4 rule; use the outcome's factories for 0001, 0200, 0233 and 8001.", parameter);
        }
    }

    private static void EnsurePath(string path)
    {
        if (string.IsNullOrEmpty(path) || !path.StartsWith("/Bericht/", StringComparison.Ordinal) || path.EndsWith('/'))
        {
            throw new ArgumentException($"'{path}' is not an absolute class path such as /Bericht/Client.", nameof(path));
        }
    }
}
