using Gateway.Bench.Measure;

namespace Gateway.Bench.Inputs;

/// <summary>Refuses to benchmark a generated big file that the gateway itself would reject: the figures would be meaningless.</summary>
internal static class GeneratedInputCheck
{
    public static void Require(RepositoryLayout repo, InputFile file)
    {
        foreach (var level in new[] { Levels.One, Levels.OneAndTwo })
        {
            var issues = ValidationUnderTest.Create(level, repo.Schemas).Check(file.Path);
            if (issues.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The generated {file.Path} fails level {level} ({issues.Count} issues); the generator is wrong, fix it before benchmarking:\n  "
                    + string.Join("\n  ", issues.Take(10).Select(i => $"{i.Code} {i.Path} (line {i.Line}): {i.Message}")));
            }
        }
    }
}
