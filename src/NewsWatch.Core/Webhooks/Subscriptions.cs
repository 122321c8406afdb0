using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Network;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Webhooks;

/// <summary>What users do with subscriptions: create, inspect, rotate secrets, switch off and on, delete, replay.</summary>
public sealed class Subscriptions(
    SubscriptionStore store,
    DeliveryStore deliveries,
    OutboundGuard guard,
    IOptions<WebhookOptions> options,
    TimeProvider time)
{
    public async Task<CreatedSubscription> CreateAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secret = WebhookSecret.Create();
        var validator = new SubscriptionValidator(guard, options.Value.AllowPrivateNetworks);
        var subscription = await validator.ValidateAsync(request, NewId(), secret, time.GetUtcNow(), cancellationToken);
        await store.SaveAsync(subscription, cancellationToken);
        return new CreatedSubscription(subscription, secret);
    }

    public Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>
    /// Makes a new secret; the old one keeps signing beside it for the grace period, so a
    /// receiver can switch without dropping a delivery. Returns null for an unknown id.
    /// </summary>
    public async Task<CreatedSubscription?> RotateSecretAsync(string id, CancellationToken cancellationToken)
    {
        var secret = WebhookSecret.Create();
        var rotated = await store.UpdateAsync(
            id,
            subscription => subscription with
            {
                Secret = secret,
                PreviousSecret = subscription.Secret,
                PreviousSecretExpiresAt = time.GetUtcNow() + options.Value.SecretRotationGrace,
            },
            cancellationToken);
        return rotated is null ? null : new CreatedSubscription(rotated, secret);
    }

    /// <summary>Enables or disables a subscription; returns null for an unknown id.</summary>
    public async Task<Subscription?> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        return await store.UpdateAsync(
            id,
            subscription => enabled
                ? subscription with { IsEnabled = true, DisabledReason = null, FailingSince = null }
                : subscription with { IsEnabled = false, DisabledReason = "Disabled by a user." },
            cancellationToken);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(id, cancellationToken);

    /// <summary>Sends again the subscription's dead deliveries, and the delivered ones created since <paramref name="since"/>.</summary>
    public async Task<int?> ReplayAsync(string id, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
            return null;
        return await deliveries.ReplayAsync(id, since, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>How far back a subscription's recent deliveries go.</summary>
    public static readonly TimeSpan RecentDeliveries = TimeSpan.FromDays(30);

    /// <summary>A subscription's deliveries of the last <see cref="RecentDeliveries"/>, newest first; null for an unknown id.</summary>
    public async Task<IReadOnlyList<Delivery>?> RecentDeliveriesAsync(string id, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is null)
            return null;
        return await deliveries.ListRecentAsync(id, time.GetUtcNow() - RecentDeliveries, limit, cancellationToken);
    }

    /// <summary>
    /// Every notice an alert caused, to every subscription: one key-range read per subscription,
    /// as deliveries are kept by subscription and subscriptions are few.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(string alertId, CancellationToken cancellationToken)
    {
        var found = new List<Delivery>();
        foreach (var subscription in await store.ListAsync(cancellationToken))
            found.AddRange(await deliveries.ListForAlertAsync(subscription.Id, alertId, cancellationToken));
        return found;
    }

    private static string NewId() => "sub_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
