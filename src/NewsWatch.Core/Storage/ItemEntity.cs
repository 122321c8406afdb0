using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Items table: PartitionKey the feed id, RowKey the item id.</summary>
internal sealed class ItemEntity : ITableEntity
{
    // Well past any real headline or teaser, and together far below an entity's 1 MiB (see
    // TableText). Links are kept whole or not at all: a cut link leads elsewhere.
    private const int MaxTitle = 4_000;
    private const int MaxSummary = NewsItem.MaxSummaryLength;
    private const int MaxContent = NewsItem.MaxContentLength;
    private const int MaxLink = 4_096;
    private const int MaxLanguage = 100;
    private const int MaxSource = 500;

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public bool IsDone { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset Published { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Summary { get; set; } = string.Empty;
    public string? Content { get; set; }
    public string? Link { get; set; }
    public string? CanonicalLink { get; set; }
    public string? Language { get; set; }
    public string? Source { get; set; }

    /// <summary>The source gives headlines only (GDELT, news search): an empty summary is no missing text.</summary>
    public bool IsHeadlineOnly { get; set; }

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
        Title = TableText.Fit(item.Title, MaxTitle),
        Summary = TableText.Fit(item.Summary, MaxSummary),
        Content = item.Content.Length == 0 ? null : TableText.Fit(item.Content, MaxContent),
        Link = TableText.WholeOrNone(item.Link?.AbsoluteUri, MaxLink),
        CanonicalLink = TableText.WholeOrNone(item.CanonicalLink, MaxLink),
        Language = TableText.Fit(item.Language, MaxLanguage),
        Source = TableText.Fit(item.Source, MaxSource),
        IsHeadlineOnly = item.IsHeadlineOnly,
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
        var item = new NewsItem(TableKey.Decode(PartitionKey), TableKey.Decode(RowKey), Title, Summary, link, CanonicalLink, Published, Language, Source)
        {
            Content = Content ?? string.Empty,
            IsHeadlineOnly = IsHeadlineOnly,
        };
        return new StoredItem(item, FirstSeen, IsDone);
    }
}
