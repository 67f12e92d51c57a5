namespace Gateway.Messages.Model;

/// <summary>
/// A class of the standard (Client, ToegewezenProduct, Prestatie …): the unit that carries RetourCodes in a retour.
/// </summary>
/// <remarks>
/// <see cref="RetourCodes"/> is empty in heen-berichten (301, 305, 307, 315, 317, 319, 323) and is not written for them.
/// In retours (302 … 320) and the 325 every echoed class must carry at least one code.
/// </remarks>
public interface IMessageClass
{
    /// <summary>The retourcodes of this class; empty in heen-berichten.</summary>
    IReadOnlyList<string> RetourCodes { get; }
}
