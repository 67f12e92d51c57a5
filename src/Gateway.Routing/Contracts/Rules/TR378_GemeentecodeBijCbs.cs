using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// TR378 (S300, external source: the CBS gemeentecode list): the gemeentecode of the message (Afzender or Ontvanger)
/// must be in the CBS list current on the Dagtekening — or, after a municipal merger, in an older list current on the
/// toewijzing's Ingangsdatum (301), the ToewijzingIngangsdatum (305/307/315) or the ProductPeriode (323: the
/// toewijzing's own Ingangsdatum is not in the message). The 319's Woonplaatsbeginsel gemeente must be current on the
/// Dagtekening. A header failure rejects the whole message.
/// <para>
/// The merger exception lets a provider keep the old code for earlier toewijzingen, for the successor to handle. When
/// the successor is not a gemeente of this region (<see cref="IGemeenteMergers.MergedOutsideRegion"/>), this region cannot handle the
/// message, and an inbound one is rejected in the header with S300 even when the older list allows the code. Why S300:
/// it is the one retourcode of the 3.2 list about the gemeentecode itself, and the provider reads it as "this code is
/// not where this goes"; 0001 is reserved for level-2 failures, and 9019/9338 would tell the provider the toewijzing does
/// not exist, which is not the problem. A retour rather than the Fo01 (StUF055) the hub boundary gives an unknown code,
/// because the message is valid and the provider's software acts on retourcodes, not on transport refusals. A retour
/// has no free text, so the successor is named in the gateway's log (ResolveRouteStep).
/// </para>
/// </summary>
internal sealed class TR378_GemeentecodeBijCbs(ReloadingSource<ReferenceData> reference, IGemeenteMergers mergers) : ICrossMessageRule
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
        var mergedOutside = check.Flow == Pipeline.Flow.Inbound && mergers.MergedOutsideRegion(code);
        if (mergedOutside || (!data.IsGemeenteValidOn(code, dagtekening) && !AnchorDays(bericht).Any(day => data.IsGemeenteValidOn(code, day))))
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
