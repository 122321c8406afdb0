using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>What a report offers for finding its story: when it happened, what it tells, whom it names.</summary>
public sealed record StoryReport(DateTimeOffset Time, AlertEvent Event, IReadOnlyList<AlertEvent> Events, IReadOnlyList<StoryKey> Keys, IReadOnlySet<string> Anchors)
{
    public static StoryReport Of(ClassificationResult classification, string title, string summary, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var keys = StoryKey.For(classification.People, classification.Teams, classification.Orgs);
        var named = classification.People.Concat(classification.Teams).Concat(classification.Orgs);
        return new StoryReport(time, classification.Event, classification.Events, keys, ContentAnchors.Of(title, summary, named));
    }
}
