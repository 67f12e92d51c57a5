namespace Gateway.Messages.Model;

/// <summary>The header of a heen-bericht (301, 305, 307, 315, 317, 319, 323).</summary>
public sealed record Header : BerichtHeader;
