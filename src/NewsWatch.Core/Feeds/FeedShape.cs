namespace NewsWatch.Core.Feeds;

/// <summary>
/// What a feed body held before its items were mapped, so that a feed whose items all fail to
/// read says why instead of looking like a feed with nothing new.
/// </summary>
internal sealed record FeedShape(int ItemElements, string? BrokeOff = null, bool DroppedPartialItem = false)
{
    public FeedShape(int itemElementsLeft, RepairedXml repaired)
        : this(itemElementsLeft + (repaired.DroppedPartialItem ? 1 : 0), repaired.BrokeOff, repaired.DroppedPartialItem)
    {
    }

    public string WhyNoItems()
    {
        if (DroppedPartialItem && ItemElements == 1)
            return $"The feed breaks off inside its first item, so no item arrived whole: {BrokeOff}";
        var items = ItemElements == 1 ? "1 item" : $"{ItemElements} items";
        var reason = $"The feed holds {items}, but none has a title, text or link to read.";
        return BrokeOff is null ? reason : $"{reason} It also breaks off early: {BrokeOff}";
    }
}
