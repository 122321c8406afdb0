namespace NewsWatch.Core.Feeds;

/// <summary>The result of one HTTP (or file) fetch of a feed.</summary>
public sealed record FetchResult(FetchOutcome Outcome)
{
    public byte[] Body { get; init; } = [];

    /// <summary>The Content-Type header, whose charset (if any) decides the decoding.</summary>
    public string? ContentType { get; init; }

    /// <summary>The ETag exactly as the server sent it (on a 304 without one: the one we sent), to send back next time.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified header exactly as sent (on a 304 without one: the one we sent), to send back next time.</summary>
    public string? LastModified { get; init; }

    /// <summary>Set when every redirect hop was permanent (301/308) and the new address served the feed: the URL to store.</summary>
    public Uri? PermanentUrl { get; init; }

    /// <summary>The URL the body finally came from, after redirects: the base for relative links.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>How long the server says its answer stays fresh (Cache-Control max-age, else Expires): no need to ask again sooner.</summary>
    public TimeSpan? FreshFor { get; init; }

    /// <summary>The WebSub hub and self links of the HTTP Link header, if any.</summary>
    public WebSub.HubLinks Hubs { get; init; } = WebSub.HubLinks.None;

    /// <summary>How long the server asked us to wait (Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A one-line, human-readable reason for any outcome but Fetched and NotModified.</summary>
    public string? Error { get; init; }

    public static FetchResult Failure(string error) => new(FetchOutcome.Failed) { Error = error };
}
