using Gateway.Messages.Privacy;
using System.Globalization;
using System.Net;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// Turns the hub's reply into a <see cref="DeliveryResult"/>, once: Bv03 = delivered; Fo01/Fo03 by their code
/// (<see cref="GgkFoutcodes"/>); HTTP 408/429/5xx = transient; other 4xx = permanent. An Fo01 with a final code is
/// the hub refusing the message itself: <see cref="DeliveryFailure.RefusedByHub"/>, its own state, not a dead letter.
/// </summary>
internal static class GgkReplyClassifier
{
    public static DeliveryResult FromReply(HttpStatusCode status, GgkMessage? reply, string? unreadable)
    {
        switch (reply)
        {
            case Bv03 bv03 when IsSuccess(status):
                return DeliveryResult.Success("Bv03 " + bv03.Referentienummer);
            case GgkFoutbericht fo01:
                return FromCode(fo01.Code, "Fo01", fo01.Omschrijving, fo01.Referentienummer);
            case Fo03 fo03:
                // Fo03 is a chain-internal fault and retried, unless it carries a code we know as final.
                return GgkFoutcodes.Lookup(fo03.Code).Count > 0
                    ? FromCode(fo03.Code, "Fo03", fo03.Omschrijving, fo03.Referentienummer)
                    : DeliveryResult.Failed(DeliveryFailure.Transient($"Fo03 {fo03.Code}: {fo03.Omschrijving}", fo03.Code));
        }

        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        if (IsSuccess(status))
        {
            // Accepted or not? Unknown: resend with the same referentienummer; an IB216 then means it arrived.
            return DeliveryResult.Failed(DeliveryFailure.Transient($"HTTP {code} without a readable Bv03: {unreadable}", code));
        }

        return IsTransient(status)
            ? DeliveryResult.Failed(DeliveryFailure.Transient($"HTTP {code} from the hub", code))
            : DeliveryResult.Failed(DeliveryFailure.Permanent($"HTTP {code} from the hub", code));
    }

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static DeliveryResult FromCode(string code, string kind, string omschrijving, string referentienummer)
    {
        // The hub's own text may echo what it was sent: masked like every echo before it reaches a log, event or notice.
        var reason = $"{kind} {code} ({GgkFoutcodes.Describe(code)}): {BsnRedactor.Redact(omschrijving)}";
        return GgkFoutcodes.Classify(code) switch
        {
            GgkFoutClass.Transient => DeliveryResult.Failed(DeliveryFailure.Transient(reason, code)),
            GgkFoutClass.AlreadyDelivered => DeliveryResult.Success($"{kind} {code}: the hub already has this referentienummer ({referentienummer})"),
            _ when kind == "Fo01" => DeliveryResult.Failed(DeliveryFailure.RefusedByHub(reason, code)),
            _ => DeliveryResult.Failed(DeliveryFailure.Permanent(reason, code)),
        };
    }
}
