using System.Globalization;
using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

/// <summary>
/// The "no Omvang without product code" test of a request (CD095 for the AangevraagdProducten of a 315, CD096 for
/// the NieuwProducten of a 317): a product without product code whose end date is after 31-12-2020 or open carries
/// no Omvang. Each code stays its own rule class with its own Code, Meaning, Fix and AppliesTo.
/// </summary>
/// <typeparam name="TBericht">The message the rule checks.</typeparam>
/// <typeparam name="TProduct">The requested product class within it.</typeparam>
/// <param name="productName">The class as a violation names it, with its article ("an AangevraagdProduct").</param>
/// <param name="einddatumName">The name of the class's end date ("ToewijzingEinddatum").</param>
internal abstract class GeenOmvangZonderProductcode<TBericht, TProduct>(string productName, string einddatumName) : MessageRule
    where TBericht : Bericht
    where TProduct : class
{
    public sealed override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        TBericht => ClassPaths.Of<TProduct>(bericht)
            .Select(p => (p.Path, Fields: Fields(p.Record)))
            .Where(p => p.Fields.HasOmvang
                && string.IsNullOrEmpty(p.Fields.ProductCode)
                && VerzoekOmvang.EindigtNaPeildatum(p.Fields.Einddatum))
            .Select(p => At(p.Path + "/Omvang", Detail(p.Fields.Einddatum))),
        _ => [],
    };

    /// <summary>What the test reads of one product: whether it has an Omvang, its product code and its end date.</summary>
    protected abstract (bool HasOmvang, string? ProductCode, DateOnly? Einddatum) Fields(TProduct product);

    private string Detail(DateOnly? einddatum) => einddatum is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"Omvang is given for {productName} without product code ending {end:yyyy-MM-dd}")
        : $"Omvang is given for {productName} without product code and without {einddatumName}";
}
