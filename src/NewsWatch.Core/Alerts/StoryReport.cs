using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>What a report offers for finding its story: when it happened, what it tells, whom it names.</summary>
public sealed record StoryReport(DateTimeOffset Time, AlertEvent Event, IReadOnlyList<AlertEvent> Events, IReadOnlyList<StoryKey> Keys, IReadOnlySet<string> Anchors)
{
    public static StoryReport Of(ClassificationResult classification, string title, string summary, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(classification);
        // An acronym no list knows is filed like an organisation: weak alone, it joins only with the same event and matching specifics.
        var acronyms = Acronyms.In(title, summary);
        IReadOnlyList<StoryKey> keys = [.. StoryKey.For(classification.People, classification.Teams, classification.Orgs, classification.TeamKinds, classification.KnownTeams)
            .Concat(acronyms.Select(acronym => new StoryKey(StoryKey.Org, StoryKey.Normalise(acronym)))).Distinct().Take(StoryKey.MaxReportKeys)];
        // The organisations and teams a weak join shares go without saying, or they would be their
        // own evidence; people's names stay anchors, since another outlet may name the same person
        // where the classifier found none. An acronym is evidence of which body was set up, shut or
        // reorganised, but an institute sees many people come and go: then it goes without saying too.
        var aboutPeople = classification.Event is AlertEvent.Departure or AlertEvent.Arrival;
        var shared = classification.Teams.Concat(classification.Orgs).Concat(aboutPeople ? acronyms : []);
        return new StoryReport(time, classification.Event, classification.Events, keys, ContentAnchors.Of(title, summary, shared));
    }
}
