using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the HubSubscriptions table: PartitionKey <c>hub</c>, RowKey the feed id. The token and the secret are sealed by the store.</summary>
internal sealed class HubSubscriptionEntity : ITableEntity
{
    public const string Partition = "hub";
    private const int MaxError = 2_000;

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Hub { get; set; } = string.Empty;
    public string Topic { get; set; } = string.Empty;
    public string State { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;
    public string Secret { get; set; } = string.Empty;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public DateTimeOffset? LastPushAt { get; set; }
    public string? LastError { get; set; }

    public static HubSubscriptionEntity From(HubSubscription subscription) => new()
    {
        RowKey = TableKey.Encode(subscription.FeedId),
        Hub = subscription.Hub.AbsoluteUri,
        Topic = subscription.Topic.AbsoluteUri,
        State = subscription.State.ToString(),
        Token = subscription.Token,
        Secret = subscription.Secret,
        RequestedAt = subscription.RequestedAt,
        LeaseUntil = subscription.LeaseUntil,
        VerifiedAt = subscription.VerifiedAt,
        LastPushAt = subscription.LastPushAt,
        LastError = TableText.Fit(subscription.LastError, MaxError),
    };

    /// <summary>The state as people are shown it (a method, so it is never a column); a value no version wrote reads as failed.</summary>
    public string ShownState() => ParsedState().ToString().ToLowerInvariant();

    private HubState ParsedState() => Enum.TryParse<HubState>(State, out var state) ? state : HubState.Failed;

    public HubSubscription ToSubscription(string token, string secret) => new(
        TableKey.Decode(RowKey),
        new Uri(Hub),
        new Uri(Topic),
        ParsedState(),
        token,
        secret)
    {
        RequestedAt = RequestedAt,
        LeaseUntil = LeaseUntil,
        VerifiedAt = VerifiedAt,
        LastPushAt = LastPushAt,
        LastError = LastError,
        Version = ETag.ToString(),
    };
}
