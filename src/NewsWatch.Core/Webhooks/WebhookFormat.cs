namespace NewsWatch.Core.Webhooks;

/// <summary>The shape of a webhook body, chosen per subscription.</summary>
public enum WebhookFormat
{
    /// <summary>Standard Webhooks JSON: <c>{type, timestamp, data}</c>.</summary>
    Standard,

    /// <summary>CloudEvents 1.0, structured JSON mode.</summary>
    CloudEvents,

    /// <summary>A Slack incoming-webhook message.</summary>
    Slack,

    /// <summary>A Microsoft Teams message carrying an Adaptive Card.</summary>
    Teams,

    /// <summary>A Discord webhook message with an embed.</summary>
    Discord,
}
