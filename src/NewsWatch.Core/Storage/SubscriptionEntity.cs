using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>
/// A row of the Subscriptions table: PartitionKey <c>sub</c>, RowKey the subscription id.
/// <see cref="Url"/>, <see cref="Secret"/> and <see cref="PreviousSecret"/> are stored sealed
/// (<see cref="SubscriptionSealing"/>); this class holds them as they are in the table.
/// </summary>
internal sealed class SubscriptionEntity : ITableEntity
{
    public const string Partition = "sub";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = string.Empty;
    public string Secret { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public string Events { get; set; } = "[]";
    public string Orgs { get; set; } = "[]";
    public string Languages { get; set; } = "[]";
    public double MinScore { get; set; }
    public string Format { get; set; } = nameof(WebhookFormat.Standard);
    public bool NotifyUpdates { get; set; }
    public bool IsEnabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }
    public DateTimeOffset? FailingSince { get; set; }

    // The URL and the filters are not cut here, as a cut URL or filter list would be another
    // subscription: SubscriptionValidator refuses those too long for a column.
    private const int MaxReason = 2_000;

    public static SubscriptionEntity From(Subscription subscription) => new()
    {
        RowKey = TableKey.Encode(subscription.Id),
        Url = subscription.Url.AbsoluteUri,
        Secret = subscription.Secret,
        CreatedAt = subscription.CreatedAt,
        Events = JsonSerializer.Serialize(subscription.Events, NewsWatchJson.Options),
        Orgs = JsonSerializer.Serialize(subscription.Orgs, NewsWatchJson.Options),
        Languages = JsonSerializer.Serialize(subscription.Languages, NewsWatchJson.Options),
        MinScore = subscription.MinScore,
        Format = subscription.Format.ToString(),
        NotifyUpdates = subscription.NotifyUpdates,
        IsEnabled = subscription.IsEnabled,
        DisabledReason = TableText.Fit(subscription.DisabledReason, MaxReason),
        PreviousSecret = subscription.PreviousSecret,
        PreviousSecretExpiresAt = subscription.PreviousSecretExpiresAt,
        FailingSince = subscription.FailingSince,
    };

    /// <summary>What the row's subscription wants, read without opening its sealed columns.</summary>
    public SubscriptionFilter ToFilter() => new(TableKey.Decode(RowKey))
    {
        Events = JsonSerializer.Deserialize<AlertEvent[]>(Events, NewsWatchJson.Options) ?? [],
        Orgs = JsonSerializer.Deserialize<string[]>(Orgs, NewsWatchJson.Options) ?? [],
        Languages = JsonSerializer.Deserialize<string[]>(Languages, NewsWatchJson.Options) ?? [],
        MinScore = MinScore,
        NotifyUpdates = NotifyUpdates,
    };

    public Subscription ToSubscription(string url, string secret, string? previousSecret)
    {
        var filter = ToFilter();
        return new(filter.SubscriptionId, new Uri(url), secret, CreatedAt)
        {
            Events = filter.Events,
            Orgs = filter.Orgs,
            Languages = filter.Languages,
            MinScore = filter.MinScore,
            Format = Enum.Parse<WebhookFormat>(Format),
            NotifyUpdates = filter.NotifyUpdates,
            IsEnabled = IsEnabled,
            DisabledReason = DisabledReason,
            PreviousSecret = previousSecret,
            PreviousSecretExpiresAt = PreviousSecretExpiresAt,
            FailingSince = FailingSince,
        };
    }
}
