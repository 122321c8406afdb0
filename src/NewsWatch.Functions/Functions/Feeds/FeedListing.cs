using System.Text.Json;
using System.Text.Json.Nodes;
using NewsWatch.Core;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>
/// A feed as <c>GET /api/feeds</c> lists it: its own fields, its new items per day lately
/// (<c>itemsPerDay</c>), and a <c>push</c> object where a hub pushes it.
/// </summary>
internal static class FeedListing
{
    public static JsonNode Of(WatchedFeed feed, PushStatus? push, DateTimeOffset now)
    {
        var node = JsonSerializer.SerializeToNode(feed, NewsWatchJson.Options)!;
        node["itemsPerDay"] = JsonSerializer.SerializeToNode(feed.DailyItems.Window(now), NewsWatchJson.Options);
        if (push is not null)
            node["push"] = JsonSerializer.SerializeToNode(push, NewsWatchJson.Options);
        return node;
    }
}
