using NewsWatch.Core.Feeds;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>The body of <c>POST /api/feeds</c>: a feed's address, and optionally its title and language.</summary>
public sealed record FeedInput(string? Url, string? Title, string? Lang)
{
    private const int MaxTitleLength = 300;

    public OpmlFeed? Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var url = FeedUrl.Parse(Url, "url", errors);
        if (Title is { Length: > MaxTitleLength } || (Title is not null && string.IsNullOrWhiteSpace(Title)))
            errors.Add("title", $"title must be 1 to {MaxTitleLength} characters.");
        var language = LanguageField.Parse(Lang, "lang", errors);
        return errors.Any ? null : new OpmlFeed(Title?.Trim() ?? url!.Host, url!, language);
    }
}
