namespace NewsWatch.Core.Pipeline;

/// <summary>What one poll cycle did, for logs and the CLI's closing line.</summary>
public sealed record PollSummary(int FeedsPolled, int NotModified, int Failed, int NewItems, int Alerts, IReadOnlyList<FeedPollResult> Results)
{
    public static PollSummary Of(IReadOnlyList<FeedPollResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new PollSummary(
            results.Count,
            results.Count(r => r.Outcome == Feeds.FetchOutcome.NotModified),
            results.Count(r => r.IsFailure),
            results.Sum(r => r.NewItems),
            results.Sum(r => r.Alerts),
            results);
    }

    /// <summary>Due feeds the cycle's time budget ran out before: they go first next cycle.</summary>
    public int Deferred { get; init; }

    public override string ToString() =>
        $"{FeedsPolled} feeds polled, {NotModified} not modified, {Failed} failed, {NewItems} new items, {Alerts} alerts"
        + (Deferred > 0 ? $", {Deferred} deferred to the next cycle" : string.Empty);
}
