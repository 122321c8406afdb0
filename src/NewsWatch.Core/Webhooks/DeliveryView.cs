namespace NewsWatch.Core.Webhooks;

/// <summary>What people are shown of one delivery (the CLI's <c>--json</c>, the API, the dashboard): never the payload or its signature.</summary>
public sealed record DeliveryView(
    string SubscriptionId,
    string AlertId,
    string Type,
    string MessageId,
    DeliveryState State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    int? LastStatus,
    string? LastError)
{
    public static DeliveryView Of(Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new(delivery.SubscriptionId, delivery.AlertId, delivery.Type, delivery.MessageId, delivery.State, delivery.Attempts, delivery.CreatedAt,
            delivery.State == DeliveryState.Pending ? delivery.NextAttemptAt : null, delivery.DeliveredAt, delivery.LastStatus, delivery.LastError);
    }

    /// <summary>Deliveries newest first, as a person looking into a failing endpoint reads them.</summary>
    public static IEnumerable<DeliveryView> Newest(IEnumerable<Delivery> deliveries) =>
        deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Key, StringComparer.Ordinal).Select(Of);
}
