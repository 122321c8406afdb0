using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Deliveries table (the outbox): PartitionKey the subscription id, RowKey the alert id (and update suffix).</summary>
internal sealed class DeliveryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AlertId { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string AlertPartition { get; set; } = string.Empty;
    public string AlertRow { get; set; } = string.Empty;
    public string MessageId { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public string State { get; set; } = nameof(DeliveryState.Pending);
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? Change { get; set; }

    // A receiver's error page can be any size; its first lines say what went wrong.
    private const int MaxError = 2_000;

    public static DeliveryEntity From(Delivery delivery) => new()
    {
        PartitionKey = TableKey.Encode(delivery.SubscriptionId),
        RowKey = TableKey.Encode(delivery.Key),
        AlertId = delivery.AlertId,
        Type = delivery.Type,
        AlertPartition = delivery.Alert.Partition,
        AlertRow = delivery.Alert.Row,
        MessageId = delivery.MessageId,
        CreatedAt = delivery.CreatedAt,
        State = delivery.State.ToString(),
        Attempts = delivery.Attempts,
        NextAttemptAt = delivery.NextAttemptAt,
        LastStatus = delivery.LastStatus,
        LastError = TableText.Fit(delivery.LastError, MaxError),
        DeliveredAt = delivery.DeliveredAt,
        Change = TableText.Fit(delivery.Change, MaxError),
    };

    public Delivery ToDelivery() => new(TableKey.Decode(PartitionKey), TableKey.Decode(RowKey), AlertId, new AlertKey(AlertPartition, AlertRow), MessageId, CreatedAt)
    {
        Type = Type,
        State = Enum.Parse<DeliveryState>(State),
        Attempts = Attempts,
        NextAttemptAt = NextAttemptAt,
        LastStatus = LastStatus,
        LastError = LastError,
        DeliveredAt = DeliveredAt,
        Change = Change,
    };
}
