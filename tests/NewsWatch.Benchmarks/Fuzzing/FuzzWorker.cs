using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>
/// One fuzzing process, started by <see cref="FuzzCommand"/>: it runs the loop until its limits
/// and exits 0 (nothing found), 1 (findings) or <see cref="RunawayExitCode"/> when a parse never
/// finished (a thread that cannot be stopped, so the process must end for the run to go on).
/// </summary>
internal static class FuzzWorker
{
    public const int RunawayExitCode = 3;
    public const string InProgressName = "in-progress.tmp";

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(1);

    public static int Run(IReadOnlyList<string> args)
    {
        if (!FuzzArguments.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var folder = new RegressionFolder(options.Out ?? FuzzFolders.Regressions);
        var inProgress = Path.Combine(folder.Path, InProgressName);
        var meter = new ParseMeter(GiveUpAfter);
        meter.WarmUp();
        var run = new FuzzRun(new FuzzInvariants(meter, new PlainBaseline(meter)), folder)
        {
            OnProgress = progress => Console.WriteLine(progress),
            OnFinding = finding => Console.WriteLine($"FINDING {finding}"),
        };
        var summary = run.Run(Seeds(), new FuzzOptions
        {
            Seed = options.Seed,
            Iterations = options.Iterations,
            Duration = TimeSpan.FromMinutes(options.Minutes),
            MaxLength = options.MaxBytes,
            CheckSeeds = options.CheckSeeds,
            InProgressFile = inProgress,
        }, stop.Token);
        File.Delete(inProgress);
        PrintSummary(summary);
        return summary.Runaway ? RunawayExitCode : summary.Findings.Count == 0 ? 0 : 1;
    }

    /// <summary>The fixtures and, when present, the shared corpus (kept regressions are replayed by the tests, not mutated: some never finish).</summary>
    private static List<SeedInput> Seeds()
    {
        var seeds = new List<SeedInput>(SeedInput.FromFolder(FuzzFolders.Fixtures));
        if (FuzzFolders.Corpus is { } corpus)
            seeds.AddRange(SeedInput.FromFolder(corpus));
        return seeds;
    }

    private static void PrintSummary(FuzzSummary summary)
    {
        Console.WriteLine(summary.Findings.Count == 0 ? "No findings." : $"{summary.Findings.Count} findings:");
        foreach (var group in summary.Findings.SelectMany(f => f.Verdict.Violations).GroupBy(v => v.Invariant))
            Console.WriteLine($"  {group.Key}: {group.Count()}");
    }
}
