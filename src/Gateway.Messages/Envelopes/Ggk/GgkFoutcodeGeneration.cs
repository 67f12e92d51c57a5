namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The two published code lists; code → text changed between them, so both are kept.</summary>
public enum GgkFoutcodeGeneration
{
    /// <summary>VNG "Foutcodes asynchroon berichtenverkeer ISD-keten 2.1 patch 04" (2017/2018).</summary>
    Vng2017,

    /// <summary>The Fo01 list of the BIDN era (2025).</summary>
    Bidn2025,
}
