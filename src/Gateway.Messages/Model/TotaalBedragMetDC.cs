namespace Gateway.Messages.Model;

/// <summary>CDT_TotaalBedragMetDC: a total amount in eurocents with DebetCredit "D" or "C".</summary>
public sealed record TotaalBedragMetDC(long TotaalBedrag, string DebetCredit);
