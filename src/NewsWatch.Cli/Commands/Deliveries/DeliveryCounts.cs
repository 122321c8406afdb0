using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Deliveries;

/// <summary>How many of a subscription's deliveries are in each state.</summary>
internal sealed record DeliveryCounts(int Pending, int Delivered, int Dead)
{
    public static DeliveryCounts Of(IEnumerable<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var list = deliveries.ToList();
        return new(Count(list, DeliveryState.Pending), Count(list, DeliveryState.Delivered), Count(list, DeliveryState.Dead));
    }

    public override string ToString() => $"{Pending} pending, {Delivered} delivered, {Dead} dead";

    private static int Count(List<Delivery> deliveries, DeliveryState state) => deliveries.Count(d => d.State == state);
}
