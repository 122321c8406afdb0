using System.Text.Json;
using System.Text.Json.Nodes;
using CodeHollow.FeedReader;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Reads a JSON Feed (1.0 or 1.1, with the versions and ids real feeds get wrong) with
/// System.Text.Json into the library's <see cref="Feed"/> shape, so it is mapped to items like
/// any other feed. The library's own JSON reading is left out: it is quadratic on long escaped
/// strings (a 256 KiB body took 26 s).
/// </summary>
internal static class JsonFeedText
{
    /// <summary>Marks an id we had to invent: the item has none, and the id is not the item's.</summary>
    public const string MissingIdPrefix = "urn:newswatch:missing-id:";

    public static bool IsInventedId(string? id) => id?.StartsWith(MissingIdPrefix, StringComparison.Ordinal) == true;

    public static bool LooksLikeJson(string text) => text.AsSpan().TrimStart() is ['{', ..] or ['[', ..];

    /// <summary>
    /// The feed, or why the text is not one; how many items it lists; and the WebSub hub and
    /// the feed's own URL it declares (<c>hubs</c>, <c>feed_url</c>).
    /// </summary>
    public static (Feed? Feed, string? Error, int Items, WebSub.HubLinks Hubs) Read(string text)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            return (null, $"Invalid JSON: {ex.Message}", 0, WebSub.HubLinks.None);
        }

        try
        {
            var (feed, error, items) = ToFeed(document);
            return (feed, error, items, feed is null ? WebSub.HubLinks.None : Hubs((JsonObject)document!));
        }
        catch (ArgumentException ex)
        {
            // JsonNode accepts a repeated key while parsing and throws only when it is looked up.
            return (null, $"Invalid JSON: {ex.Message}", 0, WebSub.HubLinks.None);
        }
    }

    /// <summary>JSON Feed 1.1's <c>hubs</c>: the first of type WebSub; the topic is <c>feed_url</c>.</summary>
    private static WebSub.HubLinks Hubs(JsonObject root)
    {
        var hub = root["hubs"] is JsonArray hubs
            ? hubs.OfType<JsonObject>().Take(32)
                .Where(h => string.Equals(Text(h, "type"), "WebSub", StringComparison.OrdinalIgnoreCase))
                .Select(h => WebSub.HubLinks.WebUrl(Text(h, "url")))
                .FirstOrDefault(url => url is not null)
            : null;
        return new WebSub.HubLinks(hub, WebSub.HubLinks.WebUrl(Text(root, "feed_url")));
    }

    private static (Feed? Feed, string? Error, int Items) ToFeed(JsonNode? document)
    {
        if (document is not JsonObject root || root["items"] is not JsonArray items)
            return (null, "JSON, but not a JSON Feed: there is no \"items\" array.", 0);

        var feed = new Feed
        {
            Type = FeedType.Unknown,
            Title = Text(root, "title"),
            Link = Text(root, "home_page_url"),
            Description = Text(root, "description"),
            Language = Text(root, "language"),
            Items = [.. items.OfType<JsonObject>().Select(ToItem)],
        };
        return (feed, null, items.Count);
    }

    private static FeedItem ToItem(JsonObject item, int index) => new()
    {
        Id = Text(item, "id") is { Length: > 0 } id ? id : MissingIdPrefix + index,
        Title = Text(item, "title"),
        Link = Text(item, "url") ?? Text(item, "external_url"),
        Description = Text(item, "summary"),
        Content = Text(item, "content_html") ?? Text(item, "content_text"),
        PublishingDateString = Text(item, "date_published") ?? Text(item, "date_modified"),
        Author = item["authors"] is JsonArray { Count: > 0 } authors && authors[0] is JsonObject first ? Text(first, "name") : item["author"] is JsonObject author ? Text(author, "name") : null,
    };

    // Feeds write ids as numbers too; anything that is not a string or a number is absent.
    private static string? Text(JsonObject node, string name) => node[name] is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.GetValueKind() is JsonValueKind.Number ? value.ToJsonString() : null
        : null;
}
