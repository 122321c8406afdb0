using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>
/// The Items and Links tables: what has been seen, in which feed, and how far its processing
/// got. Reads and writes go a feed's batch at a time: one query to find what is known, one
/// transaction per 100 items to record the rest.
/// </summary>
public sealed class ItemStore(TableStore tables)
{
    // Azure Table Storage allows at most 15 comparisons in one filter: the partition and 14 ids.
    private const int IdsPerQuery = 14;

    public async Task<StoredItem?> FindAsync(string feedId, string itemId, CancellationToken cancellationToken)
    {
        var found = await FindManyAsync(feedId, [itemId], cancellationToken);
        return found.GetValueOrDefault(itemId);
    }

    /// <summary>The stored items among <paramref name="itemIds"/>, by id.</summary>
    public async Task<IReadOnlyDictionary<string, StoredItem>> FindManyAsync(string feedId, IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        var table = await Items(cancellationToken);
        var partition = TableKey.Encode(feedId);
        var found = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        foreach (var chunk in itemIds.Select(TableKey.Encode).Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var rows = string.Join(" or ", chunk.Select(id => TableClient.CreateQueryFilter($"RowKey eq {id}")));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + $" and ({rows})";
            await foreach (var entity in table.QueryAsync<ItemEntity>(filter, cancellationToken: cancellationToken))
            {
                var stored = entity.ToStoredItem();
                found[stored.Item.Id] = stored;
            }
        }

        return found;
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
    /// How long a claim whose item is not recorded yet may still be another poll at work: that
    /// poll records its item within seconds. Past this, the claim is a dead cycle's and binds no one.
    /// </summary>
    public static readonly TimeSpan ClaimGrace = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Claims the items' canonical links for their feed. Returns, by item id, the feed that
    /// carried a link first when that is another feed; links this feed owns are not listed.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ClaimLinksAsync(IReadOnlyList<NewsItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var claims = items.Where(i => i.CanonicalLink is not null).Select(item => LinkEntity.Claim(item, now)).DistinctBy(c => c.RowKey).ToList();
        var table = await Links(cancellationToken);
        var firstFeeds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partition in claims.GroupBy(c => c.PartitionKey))
        {
            var adds = partition.Select(c => new TableTransactionAction(TableTransactionActionType.Add, c)).ToList();
            // Where some link was known already, settle each claim of that transaction on its own.
            foreach (var claim in (await table.SubmitInChunksAsync(adds, cancellationToken)).Select(a => (LinkEntity)a.Entity))
            {
                if (await table.TryAddAsync(claim, cancellationToken))
                    continue;
                var owner = await table.FindAsync<LinkEntity>(claim.PartitionKey, claim.RowKey, cancellationToken);
                if (owner is null || owner.FeedId == claim.FeedId)
                    continue;
                // A claim whose item was never recorded (its feed died in between) binds no one;
                // a young one may be a poll of another feed still at work, carrying the same
                // article in the same instant, and binds as usual.
                var mayBeAtWork = owner.ClaimedAt is { } claimedAt && now - claimedAt < ClaimGrace;
                if (!mayBeAtWork && await FindAsync(owner.FeedId, owner.ItemId, cancellationToken) is null)
                    await table.UpsertEntityAsync(claim, TableUpdateMode.Replace, cancellationToken);
                else
                    firstFeeds[claim.ItemId] = owner.FeedId;
            }
        }

        return items.Where(i => i.CanonicalLink is not null && firstFeeds.ContainsKey(i.Id)).ToDictionary(i => i.Id, i => firstFeeds[i.Id], StringComparer.Ordinal);
    }

    /// <summary>
    /// Records new items in one go: <paramref name="pending"/> as pending, and
    /// <paramref name="done"/> (items that need nothing more) as done, in the same add-if-absent
    /// transactions. Returns the pending items as stored.
    /// </summary>
    public async Task<IReadOnlyList<StoredItem>> RecordManyAsync(IReadOnlyList<NewsItem> pending, IReadOnlyList<ItemCompletion> done, DateTimeOffset firstSeen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(done);
        var begun = pending.Select(item => ItemEntity.Pending(item, firstSeen)).ToList();
        var added = await AddAllAsync([.. begun, .. done.Select(ItemEntity.Done)], cancellationToken);
        // An item another writer recorded first is that writer's to finish, with its own first-seen time.
        return begun.Where(added.Contains).Select(e => e.ToStoredItem()).ToList();
    }

    /// <summary>Marks items fully processed, with a summary of their classification.</summary>
    public async Task CompleteManyAsync(IReadOnlyList<ItemCompletion> completions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var table = await Items(cancellationToken);
        foreach (var feed in completions.Select(ItemEntity.Done).GroupBy(e => e.PartitionKey))
        {
            var upserts = feed.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
            await table.SubmitInChunksAsync(upserts, cancellationToken);
        }
    }

    /// <summary>
    /// Adds the entities a partition's transaction at a time; when one was there already, adds
    /// the rest one by one. Returns the entities this call added.
    /// </summary>
    private async Task<HashSet<ItemEntity>> AddAllAsync(IReadOnlyList<ItemEntity> entities, CancellationToken cancellationToken)
    {
        var table = await Items(cancellationToken);
        var added = new HashSet<ItemEntity>(ReferenceEqualityComparer.Instance);
        foreach (var feed in entities.GroupBy(e => e.PartitionKey))
        {
            var adds = feed.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)).ToList();
            var refused = (await table.SubmitInChunksAsync(adds, cancellationToken)).Select(a => (ItemEntity)a.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            added.UnionWith(feed.Where(e => !refused.Contains(e)));
            foreach (var entity in refused.Cast<ItemEntity>())
            {
                if (await table.TryAddAsync(entity, cancellationToken))
                    added.Add(entity);
            }
        }

        return added;
    }

    private Task<TableClient> Items(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Items, cancellationToken);

    private Task<TableClient> Links(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Links, cancellationToken);
}
