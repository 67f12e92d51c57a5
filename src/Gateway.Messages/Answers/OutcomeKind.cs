namespace Gateway.Messages.Answers;

/// <summary>How a checked heen-bericht fared, as far as its answer is concerned.</summary>
public enum OutcomeKind
{
    /// <summary>Every check passed.</summary>
    Accepted,

    /// <summary>A rule inside the message failed: the answer carries 0001 only.</summary>
    RejectedAtLevel2,

    /// <summary>A level-3/4 rule on the header failed: the answer carries that code in the header only.</summary>
    RejectedAtHeader,

    /// <summary>A level-3/4 rule on a class failed: the answer echoes the classes with their codes.</summary>
    RejectedAtClass,
}
