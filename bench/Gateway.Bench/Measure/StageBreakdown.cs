using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Gateway.Messages.Limits;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Schemas;
using Gateway.Messages.Validation;

namespace Gateway.Bench.Measure;

/// <summary>
/// Where the time of one big document goes: each stage of level 1 and level 2 timed on its own (after a warm-up
/// run), from reading the bytes to the full pipeline, so a slow stage can be named. Each figure is the fastest of
/// several interleaved rounds.
/// </summary>
internal static class StageBreakdown
{
    private static readonly byte[] DrainBuffer = new byte[64 * 1024];

    public static IReadOnlyList<(string Stage, double Seconds, long Allocated)> Measure(string schemaRoot, IReadOnlyList<string> files, int passes, int rounds)
    {
        var catalog = SchemaPackLoader.LoadCached(schemaRoot);
        var level1 = new Level1Validator(catalog);
        var frameworkOnly = new Level1Validator(catalog, new Level1Options { CompiledSchemas = false });
        var both = new MessageValidator(new MessagesOptions { SchemaRoot = schemaRoot });
        var documents = files.Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        var models = documents.ToDictionary(d => d.Path, d => BerichtReader.Read(d.Bytes));
        var packs = models.ToDictionary(m => m.Key, m => catalog.FindPack(m.Value.Identity.Namespace)!.SchemaSet);
        var reused = packs.ToDictionary(p => p.Key, p => SafeXmlReaderSettings.Validating(long.MaxValue, p.Value));
        var stages = new (string, Action<string, byte[]>)[]
        {
            ("read the file", (f, _) => File.ReadAllBytes(f)),
            ("Utf8GuardStream + SizeLimitedStream (drain)", (_, b) => Drain(new Utf8GuardStream(new SizeLimitedStream(new MemoryStream(b), Level1Options.DefaultMaxDocumentBytes, limit => new InvalidOperationException("over the limit"))))),
            ("Utf8.IsValid over the bytes (a vectorised guard)", (_, b) => Require(System.Text.Unicode.Utf8.IsValid(b))),
            ("XmlReader, no validation", (_, b) => Walk(XmlReader.Create(new MemoryStream(b), SafeXmlReaderSettings.Plain(long.MaxValue)))),
            ("XmlReader + XSD, nothing else", (f, b) => Walk(Validating(packs[f], b))),
            ("XmlReader + XSD, settings reused", (f, b) => Walk(XmlReader.Create(new MemoryStream(b), reused[f]))),
            ("XmlReader + XSD, no ProcessIdentityConstraints", (f, b) => Walk(NoIdentity(packs[f], b))),
            ("XmlReader + XSD + ElementPath bookkeeping as in Level1Run", (f, b) => WalkWithPath(Validating(packs[f], b))),
            ("Level1Validator.Validate(bytes), framework only", (_, b) => Require(frameworkOnly.Validate(b).IsValid)),
            ("Level1Validator.Validate(bytes)", (_, b) => Require(level1.Validate(b).IsValid)),
            ("Level1Validator.ValidateFile", (f, _) => Require(level1.ValidateFile(f).IsValid)),
            ("BerichtReader.Read", (_, b) => BerichtReader.Read(b)),
            ("Level2Validator.Default.Validate (model in memory)", (f, _) => Level2Validator.Default.Validate(models[f])),
            ("MessageValidator.Validate(bytes): levels 1+2", (_, b) => Require(both.Validate(b).IsValid)),
            ("MessageValidator.ValidateFile: levels 1+2", (f, _) => Require(both.ValidateFile(f).IsValid)),
        };

        foreach (var (_, action) in stages)
        {
            Run(action, documents, passes); // warm-up: tier-1 JIT
        }

        // Rounds interleave the stages; the fastest round of each stage is the one least disturbed by other load.
        var best = stages.Select(_ => (Seconds: double.MaxValue, Allocated: 0L)).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                Run(stages[i].Item2, documents, passes);
                var seconds = watch.Elapsed.TotalSeconds / passes;
                if (seconds < best[i].Seconds)
                {
                    best[i] = (seconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / passes);
                }
            }
        }

        var results = stages.Select((stage, i) => (stage.Item1, best[i].Seconds, best[i].Allocated)).ToList();
        return results;
    }

    public static string Render(IReadOnlyList<(string Stage, double Seconds, long Allocated)> stages, string what, int documents, long bytes, bool markdown)
    {
        var lines = new List<string>
        {
            markdown
                ? $"| Stage ({what}) | µs/doc | MB/s | KB allocated/doc |"
                : $"{"Stage (" + what + ")",-60} {"µs/doc",10} {"MB/s",8} {"KB alloc/doc",12}",
        };
        if (markdown)
        {
            lines.Add("|---|---:|---:|---:|");
        }

        foreach (var (stage, seconds, allocated) in stages)
        {
            var perDoc = seconds * 1e6 / documents;
            var mbs = bytes / 1_000_000.0 / seconds;
            var kb = allocated / 1024.0 / documents;
            lines.Add(markdown
                ? string.Create(CultureInfo.InvariantCulture, $"| {stage} | {perDoc:N0} | {mbs:F1} | {kb:N1} |")
                : string.Create(CultureInfo.InvariantCulture, $"{stage,-60} {perDoc,10:N0} {mbs,8:F1} {kb,12:N1}"));
        }

        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static void Run(Action<string, byte[]> action, IReadOnlyList<(string Path, byte[] Bytes)> documents, int passes)
    {
        for (var p = 0; p < passes; p++)
        {
            foreach (var (path, bytes) in documents)
            {
                action(path, bytes);
            }
        }
    }

    private static XmlReader Validating(System.Xml.Schema.XmlSchemaSet pack, byte[] bytes)
    {
        var settings = SafeXmlReaderSettings.Validating(long.MaxValue, pack);
        settings.ValidationEventHandler += (_, e) => throw new InvalidOperationException(e.Message);
        return XmlReader.Create(new MemoryStream(bytes), settings);
    }

    private static XmlReader NoIdentity(System.Xml.Schema.XmlSchemaSet pack, byte[] bytes)
    {
        var settings = SafeXmlReaderSettings.Validating(long.MaxValue, pack);
        settings.ValidationFlags = System.Xml.Schema.XmlSchemaValidationFlags.ReportValidationWarnings;
        return XmlReader.Create(new MemoryStream(bytes), settings);
    }

    /// <summary>What Level1Run.Walk does per node besides reading: a (reused) path frame per element; text is copied only for frames that keep it (the XsdVersie values).</summary>
    private static void WalkWithPath(XmlReader reader)
    {
        var path = new ElementPath();
        using (reader)
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        path.Enter(reader.LocalName, reader.Depth, reader.SchemaInfo?.SchemaElement);
                        break;
                    case XmlNodeType.Text:
                        if (path.Current is { KeepText: true } text)
                        {
                            text.AppendText(reader.Value);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        path.Truncate(reader.Depth);
                        break;
                }
            }
        }
    }

    private static void Walk(XmlReader reader)
    {
        using (reader)
        {
            while (reader.Read())
            {
            }
        }
    }

    private static void Drain(Stream stream)
    {
        while (stream.Read(DrainBuffer) > 0)
        {
        }
    }

    private static void Require(bool valid)
    {
        if (!valid)
        {
            throw new InvalidOperationException("The big file is not level-1 valid.");
        }
    }
}
