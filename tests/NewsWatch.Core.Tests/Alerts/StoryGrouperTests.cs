using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>The in-memory grouper follows the story rule: specific evidence, fitting events, publication time.</summary>
public sealed class StoryGrouperTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_ReportsOfOneTeamsEnd_InTwoLanguages_MakeOneStory()
    {
        var grouper = new StoryGrouper(TimeSpan.FromDays(10));
        var team = new StoryKey(StoryKey.Team, "superalignment");

        var first = grouper.Add(Report(Start, AlertEvent.Departure, new StoryKey(StoryKey.Person, "jan leike"), team));
        var second = grouper.Add(Report(Start.AddHours(6), AlertEvent.Dissolution, team));
        var third = grouper.Add(Report(Start.AddDays(1), AlertEvent.Departure, new StoryKey(StoryKey.Person, "jan leike")));

        Assert.Equal([first, first], [second, third]);
    }

    [Fact]
    public void Join_AReportBelowTheThreshold_JoinsOnlyTheStoryOfAPersonItNamesInFullOrOfItsLabsTeam_AndNeverOpensOne()
    {
        var grouper = new StoryGrouper(TimeSpan.FromDays(10));
        var lab = new StoryKey(StoryKey.Org, "kestrelmoor");
        var team = new StoryKey(StoryKey.Team, "safety at kestrelmoor");
        var story = grouper.Add(Report(Start, AlertEvent.Departure, new StoryKey(StoryKey.Person, "odile varennes"), new StoryKey(StoryKey.FamilyName, "varennes"), team, lab));

        var inFull = grouper.Join(Report(Start.AddHours(3), AlertEvent.Departure, new StoryKey(StoryKey.Person, "odile varennes"), lab));
        var byFamilyName = grouper.Join(Report(Start.AddHours(4), AlertEvent.Departure, new StoryKey(StoryKey.FamilyName, "varennes")));
        var byTeam = grouper.Join(Report(Start.AddHours(5), AlertEvent.Dissolution, team, lab));
        var byAnotherLabsTeam = grouper.Join(Report(Start.AddHours(5), AlertEvent.Dissolution, new StoryKey(StoryKey.Team, "safety at orvane"), new StoryKey(StoryKey.Org, "orvane")));
        var byLab = grouper.Join(Report(Start.AddHours(6), AlertEvent.Departure, lab));
        var alone = grouper.Join(Report(Start.AddHours(7), AlertEvent.Departure, new StoryKey(StoryKey.Person, "margit osterhagen")));

        Assert.Equal(story, inFull);
        // The team's work at the story's own lab, with events that fit: the team's end after its lead left.
        Assert.Equal(story, byTeam);
        Assert.All(new[] { byFamilyName, byAnotherLabsTeam, byLab, alone }, joined => Assert.Null(joined));
        Assert.NotEqual(story, grouper.Add(Report(Start.AddHours(8), AlertEvent.Departure, new StoryKey(StoryKey.Person, "margit osterhagen"))));
    }

    [Fact]
    public void Add_TwoDeparturesAtOneLabInAWeek_MakeTwoStories()
    {
        var grouper = new StoryGrouper(TimeSpan.FromDays(10));
        var lab = new StoryKey(StoryKey.Org, "openai");

        var first = grouper.Add(Report(Start, AlertEvent.Departure, lab, new StoryKey(StoryKey.Person, "ana ruiz")));
        var second = grouper.Add(Report(Start.AddDays(3), AlertEvent.Departure, lab, new StoryKey(StoryKey.Person, "tom brandt")));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Add_AnInstituteLaunchedThenRenamedMonthsLater_MakesTwoStories()
    {
        var grouper = new StoryGrouper(TimeSpan.FromDays(10));
        var institute = new StoryKey(StoryKey.Org, "uk ai security institute");

        var launch = grouper.Add(Report(Start, AlertEvent.Formation, institute));
        var rename = grouper.Add(Report(Start.AddDays(120), AlertEvent.Restructuring, institute));

        Assert.NotEqual(launch, rename);
    }

    private static StoryReport Report(DateTimeOffset time, AlertEvent alertEvent, params StoryKey[] keys) =>
        new(time, alertEvent, [alertEvent], keys, new HashSet<string>(StringComparer.Ordinal));
}
