using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Pipeline;

/// <summary>How polling one feed went.</summary>
public sealed record FeedPollResult(WatchedFeed Feed, FetchOutcome Outcome, int NewItems, int Alerts)
{
    /// <summary>The WebSub hub and self links the answer carried (header, else body).</summary>
    public WebSub.HubLinks Hubs { get; init; } = WebSub.HubLinks.None;

    public bool IsFailure => Outcome is FetchOutcome.Failed or FetchOutcome.Gone or FetchOutcome.RateLimited;
}
