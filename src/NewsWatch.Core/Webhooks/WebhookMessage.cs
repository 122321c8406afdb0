using System.Text.Json;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Webhooks;

/// <summary>The body of a webhook, in the Standard Webhooks shape <c>{type, timestamp, data}</c>.</summary>
public sealed record WebhookMessage(string Type, DateTimeOffset Timestamp, object Data)
{
    public const string AlertCreated = "alert.created";

    public static WebhookMessage Created(Alert alert, DateTimeOffset now) => new(AlertCreated, now, alert);

    public string ToJson() => JsonSerializer.Serialize(this, NewsWatchJson.Options);
}
