using Gateway.Messages.Model;

namespace Gateway.Messages.Validation;

/// <summary>What the model reader made of a document in level 1's pass: the message, or why the model cannot hold it.</summary>
internal sealed class ModelPass
{
    public Bericht? Bericht { get; set; }

    public BerichtReadException? Failure { get; set; }

    /// <summary>Forgets both: the document failed level 1, and a model of it must not be used.</summary>
    public void Clear()
    {
        Bericht = null;
        Failure = null;
    }
}
