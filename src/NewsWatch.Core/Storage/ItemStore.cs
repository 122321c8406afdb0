using Azure.Data.Tables;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>The Items and Links tables: what has been seen, in which feed, and how far its processing got.</summary>
public sealed class ItemStore(TableStore tables)
{
    public async Task<StoredItem?> FindAsync(string feedId, string itemId, CancellationToken cancellationToken)
    {
        var table = await Items(cancellationToken);
        var entity = await table.FindAsync<ItemEntity>(TableKey.Encode(feedId), TableKey.Encode(itemId), cancellationToken);
        return entity?.ToStoredItem();
    }

    /// <summary>Items of a feed whose processing a dead cycle left unfinished.</summary>
    public async Task<IReadOnlyList<StoredItem>> ListPendingAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await Items(cancellationToken);
        var partition = TableKey.Encode(feedId);
        var pending = new List<StoredItem>();
        await foreach (var entity in table.QueryAsync<ItemEntity>(e => e.PartitionKey == partition && !e.IsDone, cancellationToken: cancellationToken))
            pending.Add(entity.ToStoredItem());
        return pending;
    }

    /// <summary>
    /// Claims the item's canonical link for its feed. Returns the id of another feed that
    /// carried the link first, or null when this feed owns it (now or from an earlier claim).
    /// </summary>
    public async Task<string?> ClaimLinkAsync(NewsItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.CanonicalLink is null)
            return null;

        var hash = StableId.Of(item.CanonicalLink);
        var claim = new LinkEntity { PartitionKey = hash[..2], RowKey = hash, FeedId = item.FeedId, ItemId = item.Id, Link = item.CanonicalLink };
        var table = await Links(cancellationToken);
        if (await table.TryAddAsync(claim, cancellationToken))
            return null;

        var owner = await table.FindAsync<LinkEntity>(claim.PartitionKey, claim.RowKey, cancellationToken);
        return owner is null || owner.FeedId == item.FeedId ? null : owner.FeedId;
    }

    /// <summary>Records a new item before anything is derived from it, so a crash cannot lose it.</summary>
    public async Task<StoredItem> BeginAsync(NewsItem item, DateTimeOffset firstSeen, CancellationToken cancellationToken)
    {
        var table = await Items(cancellationToken);
        var entity = ItemEntity.Pending(item, firstSeen);
        if (await table.TryAddAsync(entity, cancellationToken))
            return entity.ToStoredItem();
        return (await FindAsync(item.FeedId, item.Id, cancellationToken))!;
    }

    /// <summary>Marks the item fully processed, with a summary of its classification.</summary>
    public async Task CompleteAsync(StoredItem stored, ClassificationResult? classification, string? alertId, string? duplicateOfFeed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var entity = ItemEntity.Pending(stored.Item, stored.FirstSeen);
        entity.IsDone = true;
        entity.Event = classification?.Event.ToString().ToLowerInvariant();
        entity.Score = classification?.Score;
        entity.AlertId = alertId;
        entity.DuplicateOfFeed = duplicateOfFeed;
        var table = await Items(cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private Task<TableClient> Items(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Items, cancellationToken);

    private Task<TableClient> Links(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Links, cancellationToken);
}
