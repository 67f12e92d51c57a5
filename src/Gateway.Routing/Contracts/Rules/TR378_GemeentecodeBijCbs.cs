using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// TR378 (S300, external source: the CBS gemeentecode list): the gemeentecode of the message (Afzender or Ontvanger)
/// must be in the CBS list current on the Dagtekening — or, after a municipal merger, in an older list current on the
/// toewijzing's Ingangsdatum (301), the ToewijzingIngangsdatum (305/307/315) or the ProductPeriode (323: the
/// toewijzing's own Ingangsdatum is not in the message). The 319's Woonplaatsbeginsel gemeente must be current on the
/// Dagtekening. A header failure rejects the whole message.
/// </summary>
internal sealed class TR378_GemeentecodeBijCbs(ReloadingSource<ReferenceData> reference) : ICrossMessageRule
{
    public const string RetourCode = "S300";

    public string Code => "TR378";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } =
    [
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.VerzoekOmWijziging, MessageCode.Antwoord, MessageCode.Declaratie, MessageCode.DeclaratieAntwoord,
    ];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var data = reference.Current;
        var bericht = check.Bericht;
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        var code = ProductLines.Gemeente(bericht);
        var rejections = new List<ClassRejection>();
        if (!data.IsGemeenteValidOn(code, dagtekening) && !AnchorDays(bericht).Any(day => data.IsGemeenteValidOn(code, day)))
        {
            rejections.Add(new ClassRejection(ClassPaths.Header, RetourCode));
        }

        foreach (var (path, woonplaats) in ClassPaths.Of<Woonplaatsbeginsel>(bericht))
        {
            if (!data.IsGemeenteValidOn(woonplaats.Gemeente, dagtekening))
            {
                rejections.Add(new ClassRejection(path, RetourCode));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ClassRejection>>(rejections);
    }

    /// <summary>The days an older CBS list may be current on, per TR378's merger exception.</summary>
    private static IEnumerable<DateOnly> AnchorDays(Bericht bericht)
    {
        foreach (var item in ClassPaths.Of(bericht))
        {
            DateOnly? day = item.Record switch
            {
                ToegewezenProduct t => t.Ingangsdatum,
                StartProduct s => s.ToewijzingIngangsdatum,
                StopProduct s => s.ToewijzingIngangsdatum,
                AangevraagdProduct a => a.ToewijzingIngangsdatum,
                Prestatie p => p.ProductPeriode.Begindatum,
                _ => null,
            };
            if (day is { } d)
            {
                yield return d;
            }
        }
    }
}
