using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Pipeline;

/// <summary>How polling one feed went.</summary>
public sealed record FeedPollResult(WatchedFeed Feed, FetchOutcome Outcome, int NewItems, int Alerts)
{
    public bool IsFailure => Outcome is FetchOutcome.Failed or FetchOutcome.Gone or FetchOutcome.RateLimited;
}
