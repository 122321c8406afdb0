namespace NewsWatch.Core.WebSub;

/// <summary>What a person sees of a feed's hub subscription: never its token or secret (see <c>HubSubscriptionStore.ListStatusesAsync</c>).</summary>
public sealed record PushStatus(Uri Hub, string State, DateTimeOffset? LeaseUntil, DateTimeOffset? LastPushAt, string? LastError);
