namespace NewsWatch.Core.Feeds;

/// <summary>What the fetcher needs to poll one feed, including the validators of the last response.</summary>
public sealed record FeedRequest(string FeedId, Uri Url, string? ETag = null, string? LastModified = null);
