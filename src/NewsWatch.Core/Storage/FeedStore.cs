using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>The Feeds table: which feeds to poll and their polling state.</summary>
public sealed class FeedStore(TableStore tables)
{
    // Each retry follows a change someone made within the last round trip: a few suffice.
    private const int MaxRecordAttempts = 5;

    /// <summary>Adds a feed, or returns the one already watching that URL.</summary>
    /// <exception cref="ArgumentException">The URL is longer than <see cref="WatchedFeed.MaxUrlLength"/>: hosts check it first.</exception>
    public async Task<WatchedFeed> AddAsync(Uri url, string? title, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!WatchedFeed.IsWatchableUrl(url))
            throw new ArgumentException($"A feed URL may have at most {WatchedFeed.MaxUrlLength} characters.", nameof(url));
        var feed = new WatchedFeed(WatchedFeed.IdFor(url), url) { Title = title, Language = language };
        var table = await Table(cancellationToken);
        if (await table.AddIfAbsentAsync(FeedEntity.From(feed), cancellationToken) is { } version)
            return feed with { Version = version.ToString() };
        return (await FindAsync(feed.Id, cancellationToken))!;
    }

    /// <summary>Adds every listed feed not watched yet, but none whose URL is too long to keep; returns how many were new.</summary>
    public async Task<int> ImportAsync(IEnumerable<OpmlFeed> outlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        var table = await Table(cancellationToken);
        var added = 0;
        foreach (var outline in outlines.Where(o => WatchedFeed.IsWatchableUrl(o.XmlUrl)))
        {
            var feed = new WatchedFeed(WatchedFeed.IdFor(outline.XmlUrl), outline.XmlUrl) { Title = outline.Title, Language = outline.Language };
            added += await table.TryAddAsync(FeedEntity.From(feed), cancellationToken) ? 1 : 0;
        }

        return added;
    }

    public async Task<WatchedFeed?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<FeedEntity>(FeedEntity.Partition, TableKey.Encode(id), cancellationToken);
        return entity?.ToFeed();
    }

    /// <summary>
    /// The feed watching this URL: the one whose id the URL gives, else one that moved there
    /// (a feed keeps the id of the URL it was added with).
    /// </summary>
    public async Task<WatchedFeed?> FindByUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return await FindAsync(WatchedFeed.IdFor(url), cancellationToken)
            ?? (await ListAsync(cancellationToken)).FirstOrDefault(feed => feed.Url == url);
    }

    public async Task<IReadOnlyList<WatchedFeed>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var feeds = new List<WatchedFeed>();
        await foreach (var entity in table.QueryAsync<FeedEntity>(e => e.PartitionKey == FeedEntity.Partition, cancellationToken: cancellationToken))
            feeds.Add(entity.ToFeed());
        return feeds;
    }

    /// <summary>
    /// Records what a poll learnt, over the row version the feed was read as: a feed removed
    /// meanwhile stays removed (returns null, nothing written), and a change made meanwhile is
    /// kept, the poll's state re-applied on top of it (<see cref="FeedConflict.Resolve"/>).
    /// Returns the feed as stored, with its new version for the poll's next write.
    /// </summary>
    public async Task<WatchedFeed?> RecordPollAsync(WatchedFeed polled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polled);
        var table = await Table(cancellationToken);
        var candidate = polled;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A copy never read from storage (Version null) may still only update, never re-create.
                var version = candidate.Version is { } read ? new ETag(read) : ETag.All;
                var response = await table.UpdateEntityAsync(FeedEntity.From(candidate), version, TableUpdateMode.Replace, cancellationToken);
                return candidate with { Version = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxRecordAttempts)
            {
                if (await FindAsync(polled.Id, cancellationToken) is not { } fresh)
                    return null;
                candidate = FeedConflict.Resolve(fresh, polled);
            }
        }
    }

    /// <summary>
    /// Changes a feed as it is stored now: <paramref name="change"/> is applied to a fresh read,
    /// again on every conflict, so that a writer other than the poll (a WebSub push) changes only
    /// its own fields. Returns the feed as stored, or null when there is no such feed.
    /// </summary>
    public async Task<WatchedFeed?> UpdateAsync(string id, Func<WatchedFeed, WatchedFeed> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await Table(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(id, cancellationToken) is not { } fresh)
                return null;
            var changed = change(fresh);
            try
            {
                var response = await table.UpdateEntityAsync(FeedEntity.From(changed), new ETag(fresh.Version!), TableUpdateMode.Replace, cancellationToken);
                return changed with { Version = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxRecordAttempts)
            {
            }
        }
    }

    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var response = await table.DeleteEntityAsync(FeedEntity.Partition, TableKey.Encode(id), cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Feeds, cancellationToken);
}
