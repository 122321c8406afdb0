using NewsWatch.Core.Feeds;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>What one parse of a body cost, and what came of it.</summary>
/// <param name="Elapsed">Wall-clock time, the fastest of the repetitions: noise on a shared machine only ever adds time.</param>
/// <param name="CpuTime">CPU time of the parsing thread, the least of the repetitions: what ratios compare (see <see cref="ThreadCpuClock"/>).</param>
/// <param name="AllocatedBytes">Bytes allocated on the parsing thread (the least of the repetitions).</param>
/// <param name="Escaped">An exception that escaped <see cref="FeedParser.Parse"/>, which must never happen.</param>
public sealed record ParseCost(TimeSpan Elapsed, TimeSpan CpuTime, long AllocatedBytes, ParseResult? Result, Exception? Escaped)
{
    /// <summary>The parse ran past <see cref="ParseMeter.GiveUpAfter"/>: the times are a lower bound, there is no result.</summary>
    public bool GaveUp { get; init; }
}
