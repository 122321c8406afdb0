namespace NewsWatch.Core.WebSub;

/// <summary>Where a feed's subscription at its hub stands.</summary>
public enum HubState
{
    /// <summary>Asked for; the hub has not verified it yet.</summary>
    Requested,

    /// <summary>Verified: the hub pushes until the lease ends.</summary>
    Active,

    /// <summary>The hub refused it, answered an error, or never verified it: asked again later.</summary>
    Failed,

    /// <summary>Being ended (the feed was removed); the row goes when the hub verifies.</summary>
    Unsubscribing,
}
