using NewsWatch.Core.Feeds;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>Feed addresses as the API takes them: absolute http(s) URLs of a sensible length.</summary>
public static class FeedUrl
{
    public const int MaxLength = WatchedFeed.MaxUrlLength;

    public static Uri? Parse(string? text, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is { Length: <= MaxLength } && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            && WatchedFeed.IsWatchableUrl(url))
            return url;
        errors.Add(field, $"{field} must be an absolute http or https URL of at most {MaxLength} characters.");
        return null;
    }
}
