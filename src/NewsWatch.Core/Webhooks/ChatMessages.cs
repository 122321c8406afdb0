using System.Globalization;
using System.Text.Json.Nodes;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Webhooks;

/// <summary>
/// Alerts as Slack, Microsoft Teams (Adaptive Card) and Discord messages, for people reading a
/// channel. Titles, outlets and names come from feeds, so they can never ping a channel: Slack
/// text is escaped as Slack asks (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, so "&lt;!channel&gt;" is
/// just text), and Discord is told to parse no mentions at all ("@everyone").
/// </summary>
internal static class ChatMessages
{
    public static JsonObject Slack(WebhookMessage message)
    {
        var blocks = new JsonArray(new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = message.Alert is { } a ? $"*{SlackLink(a)}*\n{SlackText(Facts(a))}" : SlackText(message.Headline) },
        });
        if (message.Alert is { } alert)
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackText(Why(alert)) }) });
        return new JsonObject { ["text"] = SlackText(message.Headline), ["blocks"] = blocks };
    }

    public static JsonObject Teams(WebhookMessage message)
    {
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = message.Headline, ["weight"] = "Bolder", ["wrap"] = true });
        var card = new JsonObject { ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["type"] = "AdaptiveCard", ["version"] = "1.4", ["body"] = body };
        if (message.Alert is { } alert)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Facts(alert), ["wrap"] = true, ["isSubtle"] = true });
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Why(alert), ["wrap"] = true });
            if (alert.Link is { } link)
                card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Read the report", ["url"] = link.AbsoluteUri });
        }

        var attachment = new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card };
        return new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray(attachment) };
    }

    public static JsonObject Discord(WebhookMessage message)
    {
        if (message.Alert is not { } alert)
            return new JsonObject { ["content"] = message.Headline, ["allowed_mentions"] = NoMentions() };
        var embed = new JsonObject
        {
            ["title"] = Clip(alert.Title, 256),
            ["description"] = Clip($"{Facts(alert)}\n{Why(alert)}", 4000),
            ["timestamp"] = alert.CreatedAt,
        };
        if (alert.Link is { } link)
            embed["url"] = link.AbsoluteUri;
        return new JsonObject { ["content"] = Clip(message.Headline, 2000), ["embeds"] = new JsonArray(embed), ["allowed_mentions"] = NoMentions() };
    }

    private static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    private static string SlackLink(Alert alert) => alert.Link is { } link ? $"<{link.AbsoluteUri}|{SlackText(alert.Title)}>" : SlackText(alert.Title);

    private static string SlackText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Facts(Alert alert) => string.Join(" · ", new[]
    {
        alert.Event.ToString().ToLowerInvariant(),
        "score " + alert.Score.ToString("0.00", CultureInfo.InvariantCulture),
        string.Join(", ", alert.Orgs.Concat(alert.People).Concat(alert.Teams)),
        $"{alert.Sources.Count} source{(alert.Sources.Count == 1 ? string.Empty : "s")}: {string.Join(", ", alert.Sources.Select(s => s.Outlet).Distinct())}",
    }.Where(part => part.Length > 0));

    private static string Why(Alert alert) =>
        "Why: " + string.Join("; ", alert.Evidence.Take(4).Select(e => $"“{e.Text}” ({e.Reason})"));

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
