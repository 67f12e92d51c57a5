using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Tests.Support;

/// <summary>A level-3 test rule for the slot: rejects every StartProduct of a 305 with 9019 (TR019).</summary>
internal sealed class RejectsStartProductRule : ICrossMessageRule
{
    public string Code => "TR019";

    public int Level => 3;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start];

    public int Checked { get; private set; }

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        Checked++;
        IReadOnlyList<ClassRejection> rejections = [.. ClassPaths.Of<StartProduct>(check.Bericht).Select(p => new ClassRejection(p.Path, "9019"))];
        return ValueTask.FromResult(rejections);
    }
}
