using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>A toewijzing by what makes its number unique: domain and gemeentecode as recorded (TR332).</summary>
internal readonly record struct ToewijzingRef(Standard Standard, string Gemeentecode, long Nummer);
