using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Core.Tests.Feeds.Fuzzing;

/// <summary>
/// One warmed-up meter and plain-feed baseline for all the hostile-feed tests, so every ratio is
/// taken against a plain feed measured in the same process, after the JIT has settled.
/// </summary>
public sealed class FuzzingFixture
{
    public FuzzingFixture()
    {
        Meter.WarmUp();
        Baseline = new PlainBaseline(Meter);
        Invariants = new FuzzInvariants(Meter, Baseline);
    }

    /// <summary>
    /// A parse still running after 20 s has failed whatever the bound: it is given up on (and
    /// spins on its own thread until the test run ends) rather than holding up CI for hours.
    /// </summary>
    public ParseMeter Meter { get; } = new(TimeSpan.FromSeconds(20));

    public PlainBaseline Baseline { get; }

    public FuzzInvariants Invariants { get; }
}

/// <summary>
/// The hostile-feed tests' collection. Timing tests run on their own, after the parallel ones: a ratio is only fair when the
/// plain feed and the input it is compared with compete for the same (quiet) machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileFeeds : ICollectionFixture<FuzzingFixture>
{
    public const string Name = "Hostile feeds";
}
