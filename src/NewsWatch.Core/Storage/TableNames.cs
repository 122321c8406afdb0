namespace NewsWatch.Core.Storage;

/// <summary>Table names, in one place so that every store and test agrees on them.</summary>
public static class TableNames
{
    public const string Feeds = "Feeds";
    public const string Items = "Items";
    public const string Links = "Links";
    public const string Alerts = "Alerts";
    public const string Subscriptions = "Subscriptions";
    public const string Deliveries = "Deliveries";
    public const string Stories = "Stories";
    public const string HubSubscriptions = "HubSubscriptions";
    public const string HostPauses = "HostPauses";
}
