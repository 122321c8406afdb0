using System.Globalization;
using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>
/// <c>fuzz</c>: seeded mutants of the fixtures, the shared corpus and earlier findings through the
/// parser for as long as asked, new findings saved where the tests replay them. Exits 1 if it found any.
/// </summary>
internal static class FuzzCommand
{
    private const string Usage = "Usage: fuzz [--seed 1] [--minutes 10] [--iterations K] [--out DIR] [--max-bytes 262144]";
    private const string InProgressName = "in-progress.tmp";

    public static int Run(IReadOnlyList<string> args)
    {
        if (!FuzzArguments.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine($"{error}\n{Usage}");
            return 2;
        }

        var folder = new RegressionFolder(options.Out ?? FuzzFolders.Regressions);
        Directory.CreateDirectory(folder.Path);
        var inProgress = Path.Combine(folder.Path, InProgressName);
        RecoverCrash(folder, inProgress);
        var seeds = Seeds(folder);
        Console.WriteLine($"Fuzzing FeedParser.Parse: seed {options.Seed}, {seeds.Count} seed inputs, up to {options.Minutes} min"
            + $"{(options.Iterations is { } k ? $" or {k:N0} mutants" : string.Empty)}, bodies up to {options.MaxBytes:N0} bytes; findings go to {folder.Path}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bounds: time per byte <= {FuzzBounds.TimeRatio}x a plain feed's, allocation <= {FuzzBounds.AllocatedPerByte} bytes per byte, output <= {FuzzBounds.OutputCharsPerByte} chars per byte (bodies charged at least {FuzzBounds.FloorBytes:N0} bytes)"));

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var meter = new ParseMeter();
        meter.WarmUp();
        var run = new FuzzRun(new FuzzInvariants(meter, new PlainBaseline(meter)), folder)
        {
            OnProgress = progress => Console.WriteLine(progress),
            OnFinding = finding => Console.WriteLine($"FINDING {finding}"),
        };
        var findings = run.Run(seeds, new FuzzOptions
        {
            Seed = options.Seed,
            Iterations = options.Iterations,
            Duration = TimeSpan.FromMinutes(options.Minutes),
            MaxLength = options.MaxBytes,
            InProgressFile = inProgress,
        }, stop.Token);
        File.Delete(inProgress);
        PrintSummary(findings);
        return findings.Count == 0 ? 0 : 1;
    }

    /// <summary>A body left behind by a run that died mid-parse (a stack overflow cannot be caught) is a finding.</summary>
    private static void RecoverCrash(RegressionFolder folder, string inProgress)
    {
        if (!File.Exists(inProgress))
            return;
        var saved = folder.Save(File.ReadAllBytes(inProgress));
        File.Delete(inProgress);
        Console.WriteLine($"FINDING {Path.GetFileName(saved)}: the previous run died while parsing it (process crash)");
    }

    /// <summary>The fixtures, the shared corpus when present, and every earlier finding (they reach deep paths already).</summary>
    private static List<SeedInput> Seeds(RegressionFolder folder)
    {
        var seeds = new List<SeedInput>(SeedInput.FromFolder(FuzzFolders.Fixtures));
        if (FuzzFolders.Corpus is { } corpus)
            seeds.AddRange(SeedInput.FromFolder(corpus));
        else
            Console.WriteLine("The shared corpus (../shared/corpus/feeds) is absent: seeding from the fixtures only.");
        seeds.AddRange(folder.FileNames().Select(name => new SeedInput(name, folder.Read(name))));
        return seeds;
    }

    private static void PrintSummary(IReadOnlyList<FuzzFinding> findings)
    {
        Console.WriteLine(findings.Count == 0 ? "No findings." : $"{findings.Count} findings:");
        foreach (var group in findings.SelectMany(f => f.Verdict.Violations).GroupBy(v => v.Invariant))
            Console.WriteLine($"  {group.Key}: {group.Count()}");
    }
}
