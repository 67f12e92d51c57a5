namespace Gateway.Messages.Model;

/// <summary>CDT_BedragMetDC: an amount in eurocents with DebetCredit "D" or "C".</summary>
public sealed record BedragMetDC(long Bedrag, string DebetCredit);
