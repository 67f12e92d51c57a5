namespace Gateway.Routing.Ledger;

/// <summary>
/// A rule whose verdict depends on the other rules' verdicts on the same message: TR322/TR369 total only what the 325
/// will grant. It runs after every other rule and reads their rejections in <see cref="CrossMessageCheck.RejectedByOtherRules"/>.
/// </summary>
public interface IJudgesAfterOtherRules : ICrossMessageRule;
