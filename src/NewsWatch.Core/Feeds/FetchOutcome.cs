namespace NewsWatch.Core.Feeds;

public enum FetchOutcome
{
    /// <summary>A body arrived and should be parsed.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing to parse.</summary>
    NotModified,

    /// <summary>The server answered 410: the feed should be disabled.</summary>
    Gone,

    /// <summary>The server answered 429 or 503: poll again no sooner than it asked.</summary>
    RateLimited,

    /// <summary>Anything else: network error, timeout, oversized body, unexpected status.</summary>
    Failed,

    /// <summary>The host's turn would come too late (its limits, or a Retry-After another feed of it got): nothing was sent.</summary>
    Deferred,
}
