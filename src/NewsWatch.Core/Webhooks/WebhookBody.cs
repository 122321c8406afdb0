using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsWatch.Core.Webhooks;

/// <summary>Renders a message in a subscription's format: the bytes that are signed and sent.</summary>
public static class WebhookBody
{
    public static (string Body, string ContentType) Render(WebhookMessage message, WebhookFormat format)
    {
        ArgumentNullException.ThrowIfNull(message);
        return format switch
        {
            WebhookFormat.CloudEvents => (CloudEvent(message).ToJsonString(), "application/cloudevents+json"),
            WebhookFormat.Slack => (ChatMessages.Slack(message).ToJsonString(), "application/json"),
            WebhookFormat.Teams => (ChatMessages.Teams(message).ToJsonString(), "application/json"),
            WebhookFormat.Discord => (ChatMessages.Discord(message).ToJsonString(), "application/json"),
            _ => (Standard(message).ToJsonString(), "application/json"),
        };
    }

    private static JsonObject Standard(WebhookMessage message) => new()
    {
        ["type"] = message.Type,
        ["timestamp"] = message.Timestamp,
        ["data"] = Data(message),
    };

    private static JsonObject CloudEvent(WebhookMessage message) => new()
    {
        ["specversion"] = "1.0",
        ["id"] = message.Id,
        ["source"] = "urn:newswatch",
        ["type"] = "org.newswatch." + message.Type,
        ["time"] = message.Timestamp,
        ["datacontenttype"] = "application/json",
        ["data"] = Data(message),
    };

    private static JsonNode Data(WebhookMessage message)
    {
        if (message.Alert is not { } alert)
            return new JsonObject { ["message"] = message.Headline };
        var data = JsonSerializer.SerializeToNode(alert, NewsWatchJson.Options)!;
        if (message.Change is not null)
            data["change"] = message.Change;
        return data;
    }
}
