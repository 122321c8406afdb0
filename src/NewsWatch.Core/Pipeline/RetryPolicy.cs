using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Decides what a failed delivery attempt leads to: a later retry or a dead letter.</summary>
public sealed class RetryPolicy(WebhookOptions options, Func<double> random)
{
    public Delivery AfterFailure(Delivery delivery, SendResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(result);
        var attempts = delivery.Attempts + 1;
        var failed = delivery with { Attempts = attempts, LastStatus = result.Status, LastError = result.Error };
        if (attempts > options.Retries.Count)
            return failed with { State = DeliveryState.Dead };

        // ±20% jitter keeps many receivers' retries from arriving in lockstep.
        var wait = options.Retries[attempts - 1] * (0.8 + (0.4 * random()));
        // A receiver may ask for more time, within reason: never more than MaxRetryAfter.
        if (result.RetryAfter is { } asked && asked > wait)
            wait = asked < WebhookOptions.MaxRetryAfter ? asked : WebhookOptions.MaxRetryAfter;
        return failed with { NextAttemptAt = now + wait };
    }
}
