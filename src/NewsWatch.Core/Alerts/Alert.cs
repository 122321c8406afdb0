using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>One real event worth telling subscribers about, with why it fired and who reported it.</summary>
public sealed record Alert(
    string Id,
    DateTimeOffset CreatedAt,
    AlertEvent Event,
    IReadOnlyList<AlertEvent> Events,
    double Score,
    string Language,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Teams,
    IReadOnlyList<Evidence> Evidence,
    string Title,
    string Summary,
    Uri? Link,
    IReadOnlyList<AlertSource> Sources)
{
    // An alert is one table row, whose text columns hold at most 32K characters: a story
    // that dozens of outlets repeat keeps its first sources and counts the rest.
    private const int MaxSources = 30;
    private const int MaxEvidence = 20;
    private const int MaxSummary = 2000;
    private const int MaxTitle = 1000;

    /// <summary>Reports that joined after the first <see cref="MaxSources"/>, counted but not listed.</summary>
    public int LaterSources { get; init; }

    /// <summary>When the story's first report was published (see <see cref="ReportTime"/>); null on alerts stored before it was kept.</summary>
    public DateTimeOffset? StoryTime { get; init; }

    /// <summary>
    /// The alert an item raises. Its id and time come from the stored item, so a cycle that
    /// redoes the item after a crash builds the very same alert.
    /// </summary>
    public static Alert From(StoredItem stored, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        var source = AlertSource.Of(stored, classification);
        return new Alert(
            IdFor(item.FeedId, item.Id, stored.FirstSeen),
            stored.FirstSeen,
            classification.Event,
            classification.Events,
            classification.Score,
            classification.Language,
            classification.Orgs,
            classification.People,
            classification.Teams,
            [.. classification.Evidence.Take(MaxEvidence)],
            TableText.Fit(item.Title, MaxTitle),
            item.Summary.Length > MaxSummary ? TableText.Fit(item.Summary, MaxSummary) + "…" : item.Summary,
            item.Link,
            [source])
        {
            StoryTime = ReportTime.Of(item.Published, stored.FirstSeen),
        };
    }

    /// <summary>
    /// Newest-first ticks of the creation time, then a hash of the item that raised it: the id
    /// sorts like the alerts table and names the row, so one id is one point read.
    /// </summary>
    public static string IdFor(string feedId, string itemId, DateTimeOffset createdAt) =>
        $"{TableKey.NewestFirst(createdAt)}-{Feeds.StableId.Of($"{feedId}/{itemId}", 16)}";

    /// <summary>
    /// This alert joined by one more report of its story: its source added, its score, events and
    /// entities merged, and its headline event the most severe told so far (a departure that
    /// turns out to be a team's dissolution becomes a dissolution).
    /// </summary>
    public Alert Joined(AlertSource source, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(classification);
        AlertEvent[] events = [.. Events.Append(Event).Union(classification.Events).Where(e => e != AlertEvent.None).Distinct().OrderDescending()];
        var headline = events.Length > 0 ? events[0] : Event;
        source = source with { Growth = headline != Event ? StoryGrowth.Escalated : StoryGrowth.Joined, StoryEvent = headline };
        return this with
        {
            Score = Math.Max(Score, classification.Score),
            Event = headline,
            Events = events,
            Orgs = Union(Orgs, classification.Orgs),
            People = Union(People, classification.People),
            Teams = Union(Teams, classification.Teams),
            Sources = Sources.Count < MaxSources ? [.. Sources, source] : Sources,
            LaterSources = Sources.Count < MaxSources ? LaterSources : LaterSources + 1,
        };
    }

    /// <summary>
    /// This alert with one more source that never showed on its own that it is about AI-safety
    /// work (a follow-up below the alert threshold): the source is added, nothing else changes,
    /// so such a report can neither escalate the story nor widen whom it matches.
    /// </summary>
    public Alert WithFollowUp(AlertSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        source = source with { Growth = StoryGrowth.FollowUp, StoryEvent = Event };
        return this with
        {
            Sources = Sources.Count < MaxSources ? [.. Sources, source] : Sources,
            LaterSources = Sources.Count < MaxSources ? LaterSources : LaterSources + 1,
        };
    }

    public bool HasSource(string feedId, string itemId) => Sources.Any(s => s.FeedId == feedId && s.ItemId == itemId);

    private static string[] Union(IReadOnlyList<string> known, IReadOnlyList<string> more) =>
        [.. known.Concat(more).Distinct(StringComparer.OrdinalIgnoreCase)];
}
