using System.Globalization;
using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Core.Tests.Feeds.Fuzzing;

/// <summary>
/// Each attack of issue 10 costs about what a plain feed of the same size costs: CPU time per
/// byte within <see cref="FuzzBounds.TimeRatio"/> of the plain feed's (a ratio measured in the
/// same run, least of three runs (five for the plain feed), never an absolute time), allocation within a fixed multiple of
/// the size, and no entity expanded. Sizes grow to 1 MiB and the first one over a bound ends the
/// test, so a quadratic parser fails in a second instead of a minute. (A quadratic scan with a
/// small constant can still be under the bound at 1 MiB; the <c>attacks</c> harness goes to 4 MiB
/// and shows the growth, see docs/benchmarks.md.)
/// </summary>
[Collection(HostileFeeds.Name)]
public sealed class AttackCostTests(FuzzingFixture fixture)
{
    private static readonly int[] Sizes = [64 * 1024, 256 * 1024, 1024 * 1024];

    public static TheoryData<string> Attacks => new(AttackCatalogue.All.Select(attack => attack.Name));

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attack_CostsAboutWhatAPlainFeedOfTheSameSizeCosts(string name)
    {
        var attack = AttackCatalogue.Named(name);
        foreach (var size in Sizes)
            MeasureWithinBounds(attack, size);
    }

    private void MeasureWithinBounds(Attack attack, int size)
    {
        // Three times the bound is plainly over it: no need to wait for a second run.
        var hopeless = fixture.Baseline.At(size).Cost.CpuTime * FuzzBounds.TimeRatio * 3;

        var measured = AttackCost.Measure(attack, size, fixture.Meter, fixture.Baseline, hopeless);

        var where = Invariant($"{attack.Name} at {measured.BodyBytes:N0} bytes ({measured.Cost.CpuTime.TotalMilliseconds:N0} ms of CPU)");
        TestContext.Current.TestOutputHelper?.WriteLine(Invariant($"{where}: {measured.TimeRatio:N1}x plain time per byte, {measured.AllocatedPerByte:N0} bytes allocated per byte"));
        Assert.False(measured.Cost.GaveUp, Invariant($"{where}: still running after {fixture.Meter.GiveUpAfter.TotalSeconds:N0} s, given up on."));
        Assert.Null(measured.Cost.Escaped);
        Assert.False(measured.Expanded, $"{where}: an entity was expanded into the items ('{attack.MustNotAppear}' reached them).");
        Assert.True(measured.TimeRatio <= FuzzBounds.TimeRatio, Invariant($"{where}: {measured.TimeRatio:N1}x a plain feed's time per byte (bound {FuzzBounds.TimeRatio}x)."));
        Assert.True(measured.AllocatedPerByte <= FuzzBounds.AllocatedPerByte, Invariant($"{where}: {measured.AllocatedPerByte:N0} bytes allocated per byte (bound {FuzzBounds.AllocatedPerByte})."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
