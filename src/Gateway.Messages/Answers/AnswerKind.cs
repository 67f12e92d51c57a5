namespace Gateway.Messages.Answers;

/// <summary>What the gateway sends back for a received message.</summary>
public enum AnswerKind
{
    /// <summary>A retour (302/306/308/316/318/320) or a 325.</summary>
    Answer,

    /// <summary>No iStandaarden answer: the message failed level 1, so the transport refuses it (Fo01 StUF055 to the GGk).</summary>
    TransportError,

    /// <summary>Nothing at all: the message is itself an answer (a retour or a 325).</summary>
    None,
}
