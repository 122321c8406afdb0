namespace NewsWatch.Core.Feeds;

/// <summary>What the fetcher needs to poll one feed, including the validators of the last response.</summary>
public sealed record FeedRequest(string FeedId, Uri Url, string? ETag = null, string? LastModified = null)
{
    /// <summary>The latest the request may start; when its host's turn comes later, the fetch is <see cref="FetchOutcome.Deferred"/>.</summary>
    public DateTimeOffset? NotAfter { get; init; }
}
