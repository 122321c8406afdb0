using NewsWatch.Core.Webhooks;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>The answer listing deliveries: an object, so that it can grow fields without breaking callers.</summary>
public sealed record DeliveryList(IReadOnlyList<DeliveryView> Deliveries);
