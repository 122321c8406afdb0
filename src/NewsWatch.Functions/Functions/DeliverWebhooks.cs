using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Functions.Functions;

/// <summary>Sends the due webhooks on the <c>NewsWatch:DeliverySchedule</c> CRON schedule (every minute by default).</summary>
public sealed class DeliverWebhooks(DeliveryCycle cycle)
{
    [Function(nameof(DeliverWebhooks))]
    public Task Run([TimerTrigger("%NewsWatch:DeliverySchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        // The cycle logs its own one-line summary (attempted, delivered, to retry, dead). A delivery
        // a dead run left unrecorded stays due and goes with the next tick, under the same webhook-id.
        cycle.RunAsync(cancellationToken);
}
