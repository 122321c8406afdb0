namespace NewsWatch.Core.Feeds;

/// <summary>A parsed feed, or the clear reason it could not be parsed.</summary>
public sealed record ParseResult
{
    public bool IsSuccess => Error is null && DiscoveredFeedUrl is null;

    public string? Title { get; init; }

    /// <summary>The language the feed declares (ISO 639-1), if any.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<NewsItem> Items { get; init; } = [];

    /// <summary>The WebSub hub and self links the feed declares, if any.</summary>
    public WebSub.HubLinks Hubs { get; init; } = WebSub.HubLinks.None;

    /// <summary>The least interval between polls the feed asks for (<see cref="UpdateHint"/>), if any.</summary>
    public TimeSpan? IntervalHint { get; init; }

    /// <summary>Set when the body was an HTML page that names its feed: poll that URL instead.</summary>
    public Uri? DiscoveredFeedUrl { get; init; }

    public string? Error { get; init; }

    public static ParseResult Failure(string error) => new() { Error = error };
}
