using System.Diagnostics;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// The fuzz loop: every seed as it is, then seeded mutants until a limit, each checked against
/// the invariants; what breaks one is saved to the regression folder and reported. A parse that
/// never finishes ends the run (see <see cref="FuzzSummary.Runaway"/>).
/// </summary>
public sealed class FuzzRun(FuzzInvariants invariants, RegressionFolder? findings)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public Action<FuzzProgress>? OnProgress { get; init; }

    public Action<FuzzFinding>? OnFinding { get; init; }

    public FuzzSummary Run(IReadOnlyList<SeedInput> seeds, FuzzOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var mutator = new FeedMutator(seeds, options.Seed, options.MaxLength);
        var found = new List<FuzzFinding>();
        var lastReport = TimeSpan.Zero;
        var progress = new FuzzProgress(0, 0, 0, TimeSpan.Zero, (0, 0));
        var abandoned = invariants.Abandoned;
        var saved = new Dictionary<string, int>();
        foreach (var (body, recipe) in Inputs(seeds, mutator, options))
        {
            if (cancellationToken.IsCancellationRequested || clock.Elapsed > options.Duration)
                break;
            if (options.InProgressFile is { } inProgress)
                File.WriteAllBytes(inProgress, body);
            var verdict = invariants.Check(body, options.Timed);
            if (!verdict.IsClean)
            {
                var finding = new FuzzFinding(recipe, verdict, Worth(verdict, saved, options.MaxSaved) ? findings?.Save(body) : null);
                found.Add(finding);
                OnFinding?.Invoke(finding);
            }

            progress = Tally(progress, verdict, found.Count, clock.Elapsed);
            if (invariants.Abandoned > abandoned)
                return End(found, progress with { Elapsed = clock.Elapsed }, runaway: true);
            if (clock.Elapsed - lastReport >= ProgressEvery)
            {
                lastReport = clock.Elapsed;
                OnProgress?.Invoke(progress);
            }
        }

        return End(found, progress with { Elapsed = clock.Elapsed }, runaway: false);
    }

    private FuzzSummary End(List<FuzzFinding> found, FuzzProgress progress, bool runaway)
    {
        OnProgress?.Invoke(progress);
        return new FuzzSummary(found, progress, runaway);
    }

    /// <summary>Whether a finding is kept: while fewer than the most saved per invariant it breaks, so a rare kind is not crowded out by a common one.</summary>
    private static bool Worth(FuzzVerdict verdict, Dictionary<string, int> saved, int maxSaved)
    {
        var kinds = verdict.Violations.Select(v => v.Invariant).Distinct().ToList();
        if (kinds.All(kind => saved.GetValueOrDefault(kind) >= maxSaved))
            return false;
        foreach (var kind in kinds)
            saved[kind] = saved.GetValueOrDefault(kind) + 1;
        return true;
    }

    private static FuzzProgress Tally(FuzzProgress progress, FuzzVerdict verdict, int findings, TimeSpan elapsed)
    {
        var worst = progress.WorstClean;
        if (verdict.IsClean)
            worst = (Math.Max(worst.TimeRatio, verdict.TimeRatio ?? 0), Math.Max(worst.AllocatedPerByte, verdict.AllocatedPerByte));
        return new FuzzProgress(progress.Inputs + 1, findings, progress.BytesParsed + verdict.Body.Length, elapsed, worst);
    }

    private static IEnumerable<(byte[] Body, string Recipe)> Inputs(IReadOnlyList<SeedInput> seeds, FeedMutator mutator, FuzzOptions options)
    {
        if (options.CheckSeeds)
        {
            foreach (var seed in seeds)
                yield return (seed.Bytes, seed.Name);
        }

        for (var i = 0; options.Iterations is not { } limit || i < limit; i++)
        {
            var mutant = mutator.Next();
            yield return (mutant.Body, mutant.Recipe);
        }
    }
}
