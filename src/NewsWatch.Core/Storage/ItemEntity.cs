using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Items table: PartitionKey the feed id, RowKey the item id.</summary>
internal sealed class ItemEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public bool IsDone { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset Published { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public string? Link { get; set; }
    public string? CanonicalLink { get; set; }
    public string? Language { get; set; }
    public string? Source { get; set; }
    public string? Event { get; set; }
    public double? Score { get; set; }
    public string? AlertId { get; set; }
    public string? DuplicateOfFeed { get; set; }

    public static ItemEntity Pending(NewsItem item, DateTimeOffset firstSeen) => new()
    {
        PartitionKey = TableKey.Encode(item.FeedId),
        RowKey = TableKey.Encode(item.Id),
        FirstSeen = firstSeen,
        Published = item.Published,
        Title = Clip(item.Title, 4000),
        Summary = Clip(item.Summary, 16000),
        Link = item.Link?.AbsoluteUri,
        CanonicalLink = item.CanonicalLink,
        Language = item.Language,
        Source = item.Source,
    };

    public static ItemEntity Done(ItemCompletion completion)
    {
        var entity = Pending(completion.Stored.Item, completion.Stored.FirstSeen);
        entity.IsDone = true;
        entity.Event = completion.Classification?.Event.ToString().ToLowerInvariant();
        entity.Score = completion.Classification?.Score;
        entity.AlertId = completion.AlertId;
        entity.DuplicateOfFeed = completion.DuplicateOfFeed;
        return entity;
    }

    public StoredItem ToStoredItem()
    {
        var link = Link is null ? null : new Uri(Link);
        var item = new NewsItem(TableKey.Decode(PartitionKey), TableKey.Decode(RowKey), Title, Summary, link, CanonicalLink, Published, Language, Source);
        return new StoredItem(item, FirstSeen, IsDone);
    }

    // A string property holds at most 32K characters; a summary past that is not news text.
    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
