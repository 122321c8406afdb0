using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>A report offers its own keys, the public bodies among them, and the names it gives that the classifier did not take for anyone.</summary>
public sealed class StoryReportTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_ANameTheClassifierMissed_IsAMentionFiledAsAFamilyNameAndAnOrganisation()
    {
        var report = StoryReport.Of(Result(AlertEvent.Dissolution, orgs: ["Brennwald"]), "Brennwald löst sein Sicherheitsteam auf", "Zwei Wochen nach dem Rücktritt der Leiterin Osterhagen-Valk endet die Gruppe.", Noon);

        Assert.Contains(new StoryKey(StoryKey.FamilyName, "osterhagen"), report.Mentions);
        Assert.Contains(new StoryKey(StoryKey.Org, "osterhagen"), report.Mentions);
        Assert.DoesNotContain(report.Mentions, k => k.Name == "brennwald");
        Assert.Contains(new StoryKey(StoryKey.FamilyName, "osterhagen"), report.LookupKeys);
        Assert.Contains(new StoryKey(StoryKey.FamilyName, "osterhagen"), report.OpeningKeys);
    }

    [Fact]
    public void Of_AWordOfAPersonItNames_IsNoMention()
    {
        var report = StoryReport.Of(Result(AlertEvent.Departure, people: ["Mireille Achterberg"]), "Mireille Achterberg leaves Halvorsen", "Achterberg led the safety team.", Noon);

        Assert.DoesNotContain(report.Mentions, k => k.Name is "achterberg" or "mireille");
    }

    [Fact]
    public void Of_AnInstituteAndAnUnknownAcronym_AreBodies_TheCompanyIsNot()
    {
        var report = StoryReport.Of(Result(AlertEvent.Formation, orgs: ["Nordlicht Institut", "Tarnwick Research"]), "Nordlicht Institut and Tarnwick Research set up NLSA", "The new body starts in May.", Noon);

        Assert.Contains(new StoryKey(StoryKey.Org, "nordlicht"), report.Bodies);
        Assert.Contains(new StoryKey(StoryKey.Org, "nlsa"), report.Bodies);
        Assert.DoesNotContain(new StoryKey(StoryKey.Org, "tarnwick research"), report.Bodies);
    }

    [Fact]
    public void Of_ABodyNamedInFull_IsFiledUnderItsInitialsToo_WhichAnotherReportWritesAlone()
    {
        var inFull = StoryReport.Of(Result(AlertEvent.Departure, people: ["Ada Okoye"], orgs: ["Tamaran Centre for AI Safety and Evaluation"]), "Ada Okoye quits Tamaran's AI safety centre", "She led evaluations at the Tamaran Centre for AI Safety and Evaluation.", Noon);
        var byAcronym = StoryReport.Of(Result(AlertEvent.Departure), "Evaluationschefin verlässt das TCASE", "Die Leiterin der Modellprüfungen am Zentrum tritt zurück.", Noon);

        Assert.Contains(new StoryKey(StoryKey.Org, "tcase"), inFull.Keys);
        Assert.Contains(new StoryKey(StoryKey.Org, "tcase"), byAcronym.Keys);
        Assert.Contains(new StoryKey(StoryKey.Org, "tcase"), inFull.Bodies);
    }

    [Fact]
    public void Of_ACompanysNameOrADataCentre_IsFiledUnderNoInitialsAndIsNoBody()
    {
        var report = StoryReport.Of(Result(AlertEvent.Resources, orgs: ["Ashgrove Quantum Foundry", "Quenby Rechenzentrum"]), "Ashgrove Quantum Foundry cuts its safety budget", "The money goes to a new data center.", Noon);

        Assert.DoesNotContain(new StoryKey(StoryKey.Org, "aqf"), report.Keys);
        Assert.Empty(report.Bodies);
    }

    private static ClassificationResult Result(AlertEvent alertEvent, string[]? people = null, string[]? orgs = null) =>
        new(alertEvent, [alertEvent], 0.9, "en", orgs ?? [], people ?? [], [], []);
}
