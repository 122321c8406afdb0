using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Core.Tests.Feeds.Fuzzing;

/// <summary>
/// The short seeded pass CI runs: a fixed seed and a bounded number of mutants, checked for what
/// a single parse shows for certain (no exception, bounded allocation and output). Time is left
/// to the regression replay and the attack tests, which measure it properly.
/// </summary>
[Collection(HostileFeeds.Name)]
public sealed class SeededFuzzPassTests(FuzzingFixture fixture)
{
    private const int Seed = 10;
    private const int Mutants = 1000;
    private const int MaxLength = 64 * 1024;

    [Theory]
    [InlineData("fixtures")]
    [InlineData("corpus")]
    public void SeededPass_FindsNoInputThatEscapesOrBloatsTheParser(string source)
    {
        var seeds = Seeds(source);
        var findings = new RegressionFolder(Path.Combine(AppContext.BaseDirectory, "FuzzFindings", source));
        var run = new FuzzRun(fixture.Invariants, findings);

        var summary = run.Run(seeds, new FuzzOptions { Seed = Seed, Iterations = Mutants, MaxLength = MaxLength, Timed = false, MaxSaved = 20 }, TestContext.Current.CancellationToken);

        var found = summary.Findings;
        Assert.True(found.Count == 0, $"{found.Count} of {summary.Progress.Inputs} inputs broke an invariant{(summary.Runaway ? " (the last one never finished, which ended the pass)" : string.Empty)}; "
            + $"saved under {findings.Path} (copy one to tests/NewsWatch.Core.Tests/Feeds/Fuzzing/Regressions to keep it):\n{string.Join('\n', found.Take(10))}");
    }

    private static IReadOnlyList<SeedInput> Seeds(string source)
    {
        if (source == "fixtures")
            return SeedInput.FromFolder(FuzzFolders.Fixtures);
        if (FuzzFolders.Corpus is null)
            Assert.Skip("The shared feed corpus (../shared/corpus/feeds beside the folder holding NewsWatch.sln) is not present on this machine; the fixtures pass still runs.");
        return SeedInput.FromFolder(FuzzFolders.Corpus);
    }
}
