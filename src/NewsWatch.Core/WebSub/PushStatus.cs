namespace NewsWatch.Core.WebSub;

/// <summary>What a person sees of a feed's hub subscription: never its token or secret.</summary>
public sealed record PushStatus(Uri Hub, string State, DateTimeOffset? LeaseUntil, DateTimeOffset? LastPushAt, string? LastError)
{
    public static PushStatus Of(HubSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new PushStatus(subscription.Hub, subscription.State.ToString().ToLowerInvariant(), subscription.LeaseUntil, subscription.LastPushAt, subscription.LastError);
    }
}
