using Gateway.Messages.Validation;

namespace Gateway.Bench.Measure;

/// <summary>What is timed: level 1 alone, or level 1 then the read model and level 2, as the gateway does per message.</summary>
internal abstract class ValidationUnderTest
{
    public abstract string Name { get; }

    /// <summary>Validates one file; an empty list means it passed.</summary>
    public abstract IReadOnlyList<ValidationIssue> Check(string path);

    public static ValidationUnderTest Create(string level, string schemaRoot) => level switch
    {
        Levels.One => new LevelOne(Level1Validator.ForSchemaRoot(schemaRoot)),
        Levels.OneAndTwo => new LevelOneAndTwo(new MessageValidator(new MessagesOptions { SchemaRoot = schemaRoot })),
        _ => throw new ArgumentException($"Unknown level '{level}'; use {Levels.One} or {Levels.OneAndTwo}.", nameof(level)),
    };

    private sealed class LevelOne(Level1Validator level1) : ValidationUnderTest
    {
        public override string Name => "level 1";

        public override IReadOnlyList<ValidationIssue> Check(string path) => level1.ValidateFile(path).Issues;
    }

    /// <summary>The gateway's facade: Level1Validator, then BerichtReader, then Level2Validator, in one call.</summary>
    private sealed class LevelOneAndTwo(MessageValidator validator) : ValidationUnderTest
    {
        public override string Name => "level 1+2";

        public override IReadOnlyList<ValidationIssue> Check(string path) => validator.ValidateFile(path).Issues;
    }
}

/// <summary>The level names used on the command line and between parent and child processes.</summary>
internal static class Levels
{
    public const string One = "1";
    public const string OneAndTwo = "1+2";
}
