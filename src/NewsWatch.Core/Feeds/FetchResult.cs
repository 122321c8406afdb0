namespace NewsWatch.Core.Feeds;

/// <summary>The result of one HTTP (or file) fetch of a feed.</summary>
public sealed record FetchResult(FetchOutcome Outcome)
{
    public byte[] Body { get; init; } = [];

    /// <summary>The Content-Type header, whose charset (if any) decides the decoding.</summary>
    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Set when the server moved the feed for good (301/308): the URL to store.</summary>
    public Uri? PermanentUrl { get; init; }

    /// <summary>The URL the body finally came from, after redirects: the base for relative links.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A one-line, human-readable reason for any outcome but Fetched and NotModified.</summary>
    public string? Error { get; init; }

    public static FetchResult Failure(string error) => new(FetchOutcome.Failed) { Error = error };
}
