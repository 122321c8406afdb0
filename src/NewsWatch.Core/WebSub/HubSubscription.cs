namespace NewsWatch.Core.WebSub;

/// <summary>
/// A feed's subscription at its WebSub hub. <see cref="Token"/> is the unguessable last part of
/// the callback URL, which only the hub learns, and <see cref="Secret"/> signs the hub's pushes;
/// both are sealed at rest, and kept so that a renewal asks for the very same subscription.
/// </summary>
public sealed record HubSubscription(string FeedId, Uri Hub, Uri Topic, HubState State, string Token, string Secret)
{
    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>When the hub last verified a request: each request is verified once.</summary>
    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>Whether the hub verified the latest request already.</summary>
    public bool IsVerifiedSinceRequest => VerifiedAt >= RequestedAt;

    public DateTimeOffset? LastPushAt { get; init; }

    /// <summary>Why the subscription failed, or a push was refused: shown with the feed.</summary>
    public string? LastError { get; init; }

    /// <summary>The stored row's version (its ETag), for writes that must not go over a newer one.</summary>
    public string? Version { get; init; }

    /// <summary>Whether the hub pushes now: verified and within its lease.</summary>
    public bool IsPushing(DateTimeOffset now) => State == HubState.Active && LeaseUntil > now;
}
