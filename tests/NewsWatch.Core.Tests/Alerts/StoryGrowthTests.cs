using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>Each report of a story keeps what it counted as and what it did to the story, for the dashboard's story view.</summary>
public sealed class StoryGrowthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheFirstReport_CreatesTheStory_AndKeepsTheEvidenceOfItsHeadlineOnly()
    {
        var alert = Alert.From(Stored("a", "Lab disbands its alignment team", "Its head resigns."), Result(AlertEvent.Dissolution,
            new Evidence("disbands", 4, "event", "dissolution cue"), new Evidence("resigns", 41, "event", "departure cue"), new Evidence("", 0, "language", "detected en")));

        var source = Assert.Single(alert.Sources);
        Assert.Equal((StoryGrowth.Created, AlertEvent.Dissolution, AlertEvent.Dissolution), (source.Growth, source.Counted, source.StoryEvent));
        Assert.Equal(Now, source.SeenAt);
        Assert.Equal(["disbands"], source.Evidence.Select(e => e.Text));
    }

    [Fact]
    public void AReportOfAMoreSevereEvent_EscalatesTheStory()
    {
        var alert = Alert.From(Stored("a", "Safety lead resigns"), Result(AlertEvent.Departure));

        var joined = alert.Joined(Source("b", "Lab dissolves the safety team", AlertEvent.Dissolution), Result(AlertEvent.Dissolution));

        Assert.Equal(AlertEvent.Dissolution, joined.Event);
        Assert.Equal((StoryGrowth.Escalated, AlertEvent.Dissolution, AlertEvent.Dissolution), (joined.Sources[1].Growth, joined.Sources[1].Counted, joined.Sources[1].StoryEvent));
    }

    [Fact]
    public void AReportOfALesserOrTheSameEvent_JoinsTheStory_WhoseEventStands()
    {
        var alert = Alert.From(Stored("a", "Lab dissolves the safety team"), Result(AlertEvent.Dissolution));

        var joined = alert.Joined(Source("b", "Safety lead resigns", AlertEvent.Departure), Result(AlertEvent.Departure));

        Assert.Equal((StoryGrowth.Joined, AlertEvent.Departure, AlertEvent.Dissolution), (joined.Sources[1].Growth, joined.Sources[1].Counted, joined.Sources[1].StoryEvent));
    }

    [Fact]
    public void AFollowUpBelowTheThreshold_IsListedAsOne_AndChangesNothingElse()
    {
        var alert = Alert.From(Stored("a", "Safety lead resigns"), Result(AlertEvent.Departure));

        var followed = alert.WithFollowUp(Source("b", "What the resignation means", AlertEvent.None));

        Assert.Equal(AlertEvent.Departure, followed.Event);
        Assert.Equal((StoryGrowth.FollowUp, AlertEvent.Departure), (followed.Sources[1].Growth, followed.Sources[1].StoryEvent));
    }

    private static StoredItem Stored(string id, string title, string summary = "") =>
        new(new NewsItem("feed", id, title, summary, new Uri("https://news.example/" + id), null, Now.AddHours(-1), "en", "News"), Now, IsDone: false);

    private static AlertSource Source(string id, string title, AlertEvent counted) => AlertSource.Of(Stored(id, title), Result(counted));

    private static ClassificationResult Result(AlertEvent alertEvent, params Evidence[] evidence) =>
        new(alertEvent, alertEvent == AlertEvent.None ? [] : [alertEvent], 0.9, "en", ["Lab"], [], [], evidence);
}
