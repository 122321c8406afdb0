using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Checks a JSON document is a JSON Feed and normalises what the parser is strict about: a bare
/// "1.1" or an http:// version URL are common and harmless, so they become the canonical URL, and
/// items without the (required) id would be dropped, so they get a marked stand-in.
/// </summary>
internal static class JsonFeedText
{
    private const string VersionPrefix = "https://jsonfeed.org/version/";

    /// <summary>Marks an id we had to invent: the parser drops items without one, but the id is not the item's.</summary>
    public const string MissingIdPrefix = "urn:newswatch:missing-id:";

    public static bool IsInventedId(string? id) => id?.StartsWith(MissingIdPrefix, StringComparison.Ordinal) == true;

    public static bool LooksLikeJson(string text) => text.AsSpan().TrimStart() is ['{', ..] or ['[', ..];

    public static (string? Json, string? Error, int Items) Normalise(string text)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            return (null, $"Invalid JSON: {ex.Message}", 0);
        }

        if (document is not JsonObject feed || feed["items"] is not JsonArray)
            return (null, "JSON, but not a JSON Feed: there is no \"items\" array.", 0);

        var version = feed["version"] is JsonValue value && value.TryGetValue<string>(out var declared) ? declared : null;
        if (version is null || !version.StartsWith(VersionPrefix, StringComparison.Ordinal))
            feed["version"] = VersionPrefix + (version?.Split('/')[^1] is "1" or "1.0" ? "1" : "1.1");
        var index = 0;
        foreach (var item in ((JsonArray)feed["items"]!).OfType<JsonObject>())
        {
            if (item["id"] is null || item["id"]!.ToString().Length == 0)
                item["id"] = MissingIdPrefix + index;
            index++;
        }

        return (feed.ToJsonString(), null, ((JsonArray)feed["items"]!).Count);
    }
}
