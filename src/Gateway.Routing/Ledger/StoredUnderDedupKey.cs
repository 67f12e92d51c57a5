using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>
/// What the commit phase found stored under a message's dedup key, looked up once in its transaction by
/// DetectDuplicateStep: the rule that needs it (TR056) does not ask the store again. <see cref="Message"/> is null when
/// nothing was stored under the key.
/// </summary>
public sealed record StoredUnderDedupKey(StoredMessage? Message);
