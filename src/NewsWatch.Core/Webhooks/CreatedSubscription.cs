namespace NewsWatch.Core.Webhooks;

/// <summary>A new subscription and its secret: the only time the secret is shown.</summary>
public sealed record CreatedSubscription(Subscription Subscription, string Secret);
