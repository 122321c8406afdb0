using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>A report joins a story on specific evidence with fitting events, never on a shared lab alone.</summary>
public sealed class StoryFitTests
{
    private static readonly DateTimeOffset Noon = new(2025, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(10);

    [Theory]
    [InlineData(AlertEvent.Departure, AlertEvent.Dissolution, true)]
    [InlineData(AlertEvent.Departure, AlertEvent.Restructuring, true)]
    [InlineData(AlertEvent.Formation, AlertEvent.Arrival, true)]
    [InlineData(AlertEvent.Resources, AlertEvent.Dissolution, true)]
    [InlineData(AlertEvent.Formation, AlertEvent.Dissolution, false)]
    [InlineData(AlertEvent.Arrival, AlertEvent.Restructuring, true)]
    [InlineData(AlertEvent.Restructuring, AlertEvent.Arrival, true)]
    [InlineData(AlertEvent.Formation, AlertEvent.Restructuring, false)]
    public void EventsFit_KeepsEndingsWithEndingsAndBeginningsWithBeginnings(AlertEvent a, AlertEvent b, bool fits) =>
        Assert.Equal(fits, StoryFit.EventsFit([a], [b]));

    [Fact]
    public void EventsFit_AStoryThatBothEndsAndBeginsSomething_FitsAReportOfEither()
    {
        AlertEvent[] teamQuitsForARival = [AlertEvent.Dissolution, AlertEvent.Arrival];

        Assert.True(StoryFit.EventsFit([AlertEvent.Departure], teamQuitsForARival));
        Assert.True(StoryFit.EventsFit([AlertEvent.Formation], teamQuitsForARival));
        Assert.False(StoryFit.EventsFit([AlertEvent.Formation], [AlertEvent.Dissolution, AlertEvent.Restructuring]));
    }

    [Fact]
    public void Best_WhenTheReportSharesATeamWithFittingEvents_JoinsTheStory()
    {
        var report = Report(AlertEvent.Dissolution, [new StoryKey(StoryKey.Team, "superalignment")]);
        var story = Candidate("s1", [AlertEvent.Departure], [new StoryKey(StoryKey.Team, "superalignment")]);

        Assert.Same(story, StoryFit.Best(report, [story], Window));
    }

    [Fact]
    public void Best_WhenTheStoryNamedTheReportsPersonInPassingAtAnotherLab_DoesNotJoinUnlessTheChangeIsTheSame()
    {
        var faldt = new StoryKey(StoryKey.Person, "sigrun faldt");
        var brask = new StoryKey(StoryKey.Person, "teodor brask");
        var kelmore = new StoryKey(StoryKey.Org, "kelmore ai");
        var ravelin = new StoryKey(StoryKey.Org, "ravelin research");
        var arrivalAtRavelin = Report(AlertEvent.Arrival, [faldt, ravelin]);
        var restructuringAtKelmore = Candidate("s1", [AlertEvent.Restructuring], [faldt]) with { Keys = [brask, faldt, kelmore] };
        var arrivalToldThere = Candidate("s2", [AlertEvent.Arrival], [faldt]) with { Keys = [brask, faldt, kelmore] };

        Assert.Null(StoryFit.Best(arrivalAtRavelin, [restructuringAtKelmore], Window));
        Assert.Same(arrivalToldThere, StoryFit.Best(arrivalAtRavelin, [arrivalToldThere], Window));
    }

    [Fact]
    public void Best_WhenTheReportSharesATeamNameButNamesAnotherLab_DoesNotJoin()
    {
        var preparedness = new StoryKey(StoryKey.Team, "preparedness");
        var ostrava = new StoryKey(StoryKey.Org, "ostrava labs");
        var report = Report(AlertEvent.Dissolution, [preparedness, ostrava]);
        var otherLab = Candidate("s1", [AlertEvent.Dissolution], [preparedness]) with { Keys = [preparedness, new StoryKey(StoryKey.Org, "fenwick compute")] };
        var sameLab = Candidate("s2", [AlertEvent.Dissolution], [preparedness, ostrava]) with { Keys = [preparedness, ostrava] };
        var noLabNamed = Candidate("s3", [AlertEvent.Departure], [preparedness]) with { Keys = [preparedness] };

        Assert.Null(StoryFit.Best(report, [otherLab], Window));
        Assert.Same(sameLab, StoryFit.Best(report, [otherLab, sameLab], Window));
        Assert.Same(noLabNamed, StoryFit.Best(report, [otherLab, noLabNamed], Window));
    }

    [Fact]
    public void Best_WhenTheReportSharesATeamButItsEventsCannotBeOneStory_StartsANewOne()
    {
        var report = Report(AlertEvent.Formation, [new StoryKey(StoryKey.Team, "ethics")]);
        var story = Candidate("s1", [AlertEvent.Dissolution], [new StoryKey(StoryKey.Team, "ethics")]);

        Assert.Null(StoryFit.Best(report, [story], Window));
    }

    [Fact]
    public void Best_WhenTheReportSharesOnlyTheLab_NeedsTheSameEventAndMatchingSpecifics()
    {
        var lab = new StoryKey(StoryKey.Org, "openai");
        var report = Report(AlertEvent.Departure, [lab], anchors: ["mirela", "osei", "readiness"]);
        var otherPerson = Candidate("s1", [AlertEvent.Departure], [lab], anchors: ["tomas", "brandt", "horizon"]);
        var sameSpecifics = Candidate("s2", [AlertEvent.Departure], [lab], anchors: ["mirela", "osei", "readiness", "20%"]);
        var otherEvent = Candidate("s3", [AlertEvent.Formation], [lab], anchors: ["mirela", "osei", "readiness"]);

        Assert.Null(StoryFit.Best(report, [otherPerson, otherEvent], Window));
        Assert.Same(sameSpecifics, StoryFit.Best(report, [otherPerson, sameSpecifics, otherEvent], Window));
    }

    [Fact]
    public void Best_WhenTheReportAndTheStoryNameDifferentPeople_DoesNotJoinOnTheirSharedTeam()
    {
        var team = new StoryKey(StoryKey.Team, "safety at openai");
        var report = Report(AlertEvent.Departure, [new StoryKey(StoryKey.Person, "mirela osei"), team]);
        // A story filed before rows kept their keys is judged by what it shares.
        var filedBeforeKeys = Candidate("s1", [AlertEvent.Departure], [team]);
        var otherPersonKnown = new StoryCandidate("s2", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(), [team])
        {
            Keys = [new StoryKey(StoryKey.Person, "tomas brandt"), team],
        };
        var nobodyNamed = new StoryCandidate("s3", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(), [team]) { Keys = [team] };

        Assert.Null(StoryFit.Best(report, [otherPersonKnown], Window));
        Assert.Same(nobodyNamed, StoryFit.Best(report, [otherPersonKnown, nobodyNamed], Window));
        Assert.Same(filedBeforeKeys, StoryFit.Best(report, [filedBeforeKeys], Window));
    }

    [Fact]
    public void Best_WhenAReportOfTheTeamsEndQuotesSomeoneElse_StillJoinsTheLeadsDeparture()
    {
        var team = new StoryKey(StoryKey.Team, "safety at tessel ai");
        var quotesTheChief = new StoryReport(Noon, AlertEvent.Dissolution, [AlertEvent.Dissolution], [new StoryKey(StoryKey.Person, "tomas brandt"), team], new HashSet<string>());
        var leadLeaves = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(), [team])
        {
            Keys = [new StoryKey(StoryKey.Person, "mirela osei"), team],
        };

        Assert.Same(leadLeaves, StoryFit.Best(quotesTheChief, [leadLeaves], Window));
    }

    [Fact]
    public void Best_WhenAHeadlineNamesSomeoneByFamilyNameAlone_JoinsTheStoryNamingThemInFull()
    {
        // "Achterberg vertrekt bij Halvorsen": the one-word subject was read as a company.
        var report = Report(AlertEvent.Departure, StoryKey.For([], [], ["Achterberg"]));
        var story = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(), [new StoryKey(StoryKey.FamilyName, "achterberg")])
        {
            Keys = StoryKey.For(["Mireille Achterberg"], [], ["Halvorsen Dynamics"]),
        };

        Assert.Same(story, StoryFit.Best(report, [story], Window));
    }

    [Fact]
    public void Best_WhenBothOnlyNameTheSameOneWordLab_DoesNotTakeItForAPerson()
    {
        var keys = StoryKey.For([], [], ["OpenAI"]);
        var report = Report(AlertEvent.Departure, keys, anchors: ["mirela", "osei"]);
        var story = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(["tomas", "brandt"], StringComparer.Ordinal), keys) { Keys = keys };

        Assert.Null(StoryFit.Best(report, [story], Window));
    }

    [Fact]
    public void Best_WhenALabIsNamedAfterSomeone_DoesNotJoinAPersonOfThatName()
    {
        var report = Report(AlertEvent.Departure, StoryKey.For(["Colin Allen"], [], ["Anthropic"]), anchors: ["colin", "allen"]);
        var lab = StoryKey.For([], [], ["Allen Institute for AI"]);
        var story = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Dissolution], new HashSet<string>(), [.. lab.Intersect(report.Keys)]) { Keys = lab };

        Assert.Null(StoryFit.Best(report, [story], Window));
    }

    [Fact]
    public void Best_PrefersTheStorySharingMoreSpecificEvidence_ThenTheClosestInTime()
    {
        var person = new StoryKey(StoryKey.Person, "jan leike");
        var team = new StoryKey(StoryKey.Team, "superalignment");
        var report = Report(AlertEvent.Departure, [person, team]);
        var byTeam = Candidate("team", [AlertEvent.Dissolution], [team]);
        var byBothEarlier = Candidate("both-early", [AlertEvent.Departure], [person, team], Noon.AddDays(-3));
        var byBothLater = Candidate("both-late", [AlertEvent.Departure], [person, team], Noon.AddHours(-2));

        Assert.Same(byBothLater, StoryFit.Best(report, [byTeam, byBothEarlier, byBothLater], Window));
    }

    [Fact]
    public void Best_WhenTheStoryIsOutsideTheWindow_StartsANewOne()
    {
        var person = new StoryKey(StoryKey.Person, "jan leike");
        var report = Report(AlertEvent.Departure, [person]);

        Assert.Null(StoryFit.Best(report, [Candidate("old", [AlertEvent.Departure], [person], Noon.AddDays(-120))], Window));
    }

    [Fact]
    public void Best_WhenTheReportSharesAPublicBodyWithFittingEvents_JoinsTheStory()
    {
        var body = new StoryKey(StoryKey.Org, "anvia");
        var headAppointed = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "marta lenzi"), body]) with { Bodies = new HashSet<StoryKey> { body } };
        var founded = Candidate("s1", [AlertEvent.Formation], [body]);
        var dissolved = Candidate("s2", [AlertEvent.Dissolution], [body]);

        Assert.Same(founded, StoryFit.Best(headAppointed, [founded], Window));
        Assert.Null(StoryFit.Best(headAppointed, [dissolved], Window));
    }

    [Fact]
    public void Best_WhenAReportOfAHeadAppointedToABodyNamesNoOne_JoinsTheStoryOfTheHeadAppointedThere()
    {
        var body = new StoryKey(StoryKey.Org, "insm");
        var lenzi = new StoryKey(StoryKey.Person, "marta lenzi");
        var unnamedHead = Report(AlertEvent.Arrival, [body]) with { Bodies = new HashSet<StoryKey> { body } };
        var namedHead = Candidate("s1", [AlertEvent.Arrival], [body]) with { Keys = [lenzi, body] };

        Assert.Same(namedHead, StoryFit.Best(unnamedHead, [namedHead], Window));
    }

    [Fact]
    public void Best_WhenTwoReportsOfHeadsAppointedToABodyNameDifferentPeople_DoesNotJoinThem()
    {
        var body = new StoryKey(StoryKey.Org, "insm");
        var rossi = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "paolo rossi"), body]) with { Bodies = new HashSet<StoryKey> { body } };
        var lenzi = Candidate("s1", [AlertEvent.Arrival], [body]) with { Keys = [new StoryKey(StoryKey.Person, "marta lenzi"), body] };

        Assert.Null(StoryFit.Best(rossi, [lenzi], Window));
    }

    [Fact]
    public void Best_WhenALabTeamsOtherChangeComesDaysLater_StartsItsOwnStoryUnlessItIsTheSameChange()
    {
        var team = new StoryKey(StoryKey.Team, "safety at aethon");
        var dissolvedAWeekLater = Report(AlertEvent.Dissolution, [team]);
        var leadLeft = Candidate("s1", [AlertEvent.Departure], [team], Noon.AddDays(-7));
        var leadLeftYesterday = Candidate("s2", [AlertEvent.Departure], [team], Noon.AddDays(-1));
        var dissolutionToldAWeekAgo = Candidate("s3", [AlertEvent.Dissolution], [team], Noon.AddDays(-7));

        Assert.Null(StoryFit.Best(dissolvedAWeekLater, [leadLeft], Window));
        Assert.Same(leadLeftYesterday, StoryFit.Best(dissolvedAWeekLater, [leadLeftYesterday], Window));
        Assert.Same(dissolutionToldAWeekAgo, StoryFit.Best(dissolvedAWeekLater, [dissolutionToldAWeekAgo], Window));
    }

    [Fact]
    public void Best_WhenAPublicBodysHeadIsNamedAWeekAfterItOpened_JoinsItsFormation()
    {
        var body = new StoryKey(StoryKey.Org, "insia");
        var headNamed = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "giulia ferrandi"), body]) with { Bodies = new HashSet<StoryKey> { body } };
        var opened = Candidate("s1", [AlertEvent.Formation], [body], Noon.AddDays(-6));

        Assert.Same(opened, StoryFit.Best(headNamed, [opened], Window));
    }

    [Fact]
    public void Best_WhenUnnamedPeopleLeaveABodyAWeekAfterItsHeadLeft_StartsANewStory()
    {
        var body = new StoryKey(StoryKey.Org, "marlow institute");
        var researchersLeave = Report(AlertEvent.Departure, [body]) with { Bodies = new HashSet<StoryKey> { body } };
        var directorLeft = Candidate("s1", [AlertEvent.Departure], [body], Noon.AddDays(-7)) with { Keys = [new StoryKey(StoryKey.Person, "jane roe"), body] };

        Assert.Null(StoryFit.Best(researchersLeave, [directorLeft], Window));
    }

    [Fact]
    public void Best_WhenALabTeamGetsItsLeadAWeekAfterItWasFormed_JoinsTheFormation()
    {
        var team = new StoryKey(StoryKey.Team, "superalignment at orvane");
        var leadNamed = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "priya raman"), team]);
        var formed = Candidate("s1", [AlertEvent.Formation], [team], Noon.AddDays(-6));

        Assert.Same(formed, StoryFit.Best(leadNamed, [formed], Window));
    }

    [Fact]
    public void Best_WhenACompanyIsSharedAsABodyIsNot_NeedsTheSameEventAndSpecifics()
    {
        var lab = new StoryKey(StoryKey.Org, "tarnwick");
        var headAppointed = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "marta lenzi"), lab]);

        Assert.Null(StoryFit.Best(headAppointed, [Candidate("s1", [AlertEvent.Formation], [lab])], Window));
    }

    [Fact]
    public void Best_WhenTheReportNamesTheStorysPersonWithoutTakingItForAName_JoinsOnlyWithFittingEvents()
    {
        var familyName = new StoryKey(StoryKey.FamilyName, "okafor");
        var teamSplitUp = Report(AlertEvent.Dissolution, []) with { Mentions = [familyName, new StoryKey(StoryKey.Org, "okafor")] };
        var successorHired = Report(AlertEvent.Arrival, []) with { Mentions = [familyName, new StoryKey(StoryKey.Org, "okafor")] };
        var sheResigned = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Departure], new HashSet<string>(), [familyName])
        {
            Keys = [new StoryKey(StoryKey.Person, "lena okafor"), familyName],
        };

        Assert.Same(sheResigned, StoryFit.Best(teamSplitUp, [sheResigned], Window));
        Assert.Null(StoryFit.Best(successorHired, [sheResigned], Window));
    }

    [Fact]
    public void Best_WhenTheStoryHoldsANameOnlyAsAMention_ANamedPersonJoinsOnlyWithFittingEvents()
    {
        var familyName = new StoryKey(StoryKey.FamilyName, "vasseur");
        var quotedInPassing = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Dissolution], new HashSet<string>(), [familyName])
        {
            Keys = [new StoryKey(StoryKey.Team, "ethics at caldera"), familyName, new StoryKey(StoryKey.Org, "vasseur")],
        };
        var heJoinsALab = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "etienne vasseur"), familyName]);
        var heLeavesTheAgency = Report(AlertEvent.Departure, [new StoryKey(StoryKey.Person, "etienne vasseur"), familyName]);

        Assert.Null(StoryFit.Best(heJoinsALab, [quotedInPassing], Window));
        Assert.Same(quotedInPassing, StoryFit.Best(heLeavesTheAgency, [quotedInPassing], Window));
    }

    [Fact]
    public void Best_WhenTheReportOnlyMentionsAWordTheStoryIsFiledUnder_DoesNotJoinAsOnAnOrganisation()
    {
        var agency = new StoryKey(StoryKey.Org, "reuters");
        var otherLabsClosure = Report(AlertEvent.Dissolution, [new StoryKey(StoryKey.Org, "ordo labs")], anchors: ["reuters"]) with
        {
            Mentions = [new StoryKey(StoryKey.FamilyName, "reuters"), agency],
        };
        var helixClosure = new StoryCandidate("s1", Noon.AddHours(-5), [AlertEvent.Dissolution], new HashSet<string>(["reuters"], StringComparer.Ordinal), [agency])
        {
            Keys = [new StoryKey(StoryKey.Org, "helix labs"), new StoryKey(StoryKey.FamilyName, "reuters"), agency],
        };

        Assert.Null(StoryFit.Best(otherLabsClosure, [helixClosure], Window));
    }

    [Fact]
    public void Best_WhenAReportNamesItsSubjectByFamilyNameAndAColleagueInFull_JoinsItsSubjectsStory()
    {
        var subject = new StoryKey(StoryKey.FamilyName, "varga");
        var colleague = new StoryKey(StoryKey.Person, "tomas brandt");
        var colleagueFamily = new StoryKey(StoryKey.FamilyName, "brandt");
        var vargaAndThenBrandtLeave = Report(AlertEvent.Departure, [colleague, colleagueFamily, subject]) with
        {
            People = [new HashSet<StoryKey> { subject }, new HashSet<StoryKey> { colleague, colleagueFamily }],
        };
        var vargaResigned = new StoryCandidate("varga", Noon.AddDays(-2), [AlertEvent.Departure], new HashSet<string>(), [subject])
        {
            Keys = [new StoryKey(StoryKey.Person, "ilona varga"), subject],
        };
        // Brandt's story names Varga in passing, and is the closer in time.
        var brandtLeft = new StoryCandidate("brandt", Noon.AddHours(-3), [AlertEvent.Departure], new HashSet<string>(), [colleague, colleagueFamily, subject])
        {
            Keys = [colleague, colleagueFamily, subject, new StoryKey(StoryKey.Org, "varga")],
        };

        Assert.Same(vargaResigned, StoryFit.Best(vargaAndThenBrandtLeave, [brandtLeft, vargaResigned], Window));
    }

    [Fact]
    public void Strength_CountsAPersonNamedInFullAndByFamilyNameOnce()
    {
        var full = new StoryKey(StoryKey.Person, "tomas brandt");
        var family = new StoryKey(StoryKey.FamilyName, "brandt");
        var other = new StoryKey(StoryKey.Person, "ilona varga");
        var report = Report(AlertEvent.Departure, [full, family, other]) with
        {
            People = [new HashSet<StoryKey> { full, family }, new HashSet<StoryKey> { other }],
        };

        var byOneNameTwice = StoryFit.Strength(report, Candidate("one", [AlertEvent.Departure], [full, family]), Window);
        var byTwoPeople = StoryFit.Strength(report, Candidate("two", [AlertEvent.Departure], [full, other]), Window);

        Assert.True(byTwoPeople > byOneNameTwice, $"two people {byTwoPeople}, one person by two names {byOneNameTwice}");
    }

    [Fact]
    public void Best_WhenReportAndStoryNameDifferentPeopleOfOneFamilyName_DoesNotJoinThem()
    {
        var family = new StoryKey(StoryKey.FamilyName, "brandt");
        var sofiaLeaves = Report(AlertEvent.Departure, [new StoryKey(StoryKey.Person, "sofia brandt"), family]);
        var lukasStory = new StoryCandidate("lukas", Noon.AddDays(-1), [AlertEvent.Departure], new HashSet<string>(), [family])
        {
            Keys = [new StoryKey(StoryKey.Person, "lukas brandt"), family],
        };
        var sofiaStory = new StoryCandidate("sofia", Noon.AddDays(-1), [AlertEvent.Departure], new HashSet<string>(), [family])
        {
            Keys = [new StoryKey(StoryKey.Person, "sofia brandt"), family],
        };
        var byFamilyNameOnly = Report(AlertEvent.Departure, [family]);

        Assert.Null(StoryFit.Best(sofiaLeaves, [lukasStory], Window));
        Assert.Same(sofiaStory, StoryFit.Best(sofiaLeaves, [lukasStory, sofiaStory], Window));
        Assert.NotNull(StoryFit.Best(byFamilyNameOnly, [lukasStory], Window));
    }

    [Fact]
    public void Best_WhenOneReportGivesAFamilyNameOfTwoWordsWithoutTheGivenName_StillJoins()
    {
        var family = new StoryKey(StoryKey.FamilyName, "bhriain");
        var byFamilyName = Report(AlertEvent.Arrival, [new StoryKey(StoryKey.Person, "ni bhriain"), family]);
        var inFull = new StoryCandidate("s1", Noon.AddDays(-1), [AlertEvent.Arrival], new HashSet<string>(), [family])
        {
            Keys = [new StoryKey(StoryKey.Person, "siobhan ni bhriain"), family],
        };

        Assert.Same(inFull, StoryFit.Best(byFamilyName, [inFull], Window));
    }

    [Fact]
    public void Strength_CountsAFamilyNameTwoPeopleShareAsOnePerson()
    {
        var family = new StoryKey(StoryKey.FamilyName, "brandt");
        var sofia = new StoryKey(StoryKey.Person, "sofia brandt");
        var lukas = new StoryKey(StoryKey.Person, "lukas brandt");
        var both = Report(AlertEvent.Departure, [sofia, lukas, family]) with
        {
            People = [new HashSet<StoryKey> { sofia, family }, new HashSet<StoryKey> { lukas, family }],
        };
        var one = Report(AlertEvent.Departure, [sofia, family]) with { People = [new HashSet<StoryKey> { sofia, family }] };
        var story = Candidate("s1", [AlertEvent.Departure], [family]);

        Assert.Equal(StoryFit.Strength(one, story, Window), StoryFit.Strength(both, story, Window));
    }

    [Fact]
    public void Best_WhenAReportOfSomeoneElsesMoveNamesTheStorysPersonInPassing_DoesNotJoinIt()
    {
        var haldane = new StoryKey(StoryKey.Person, "sunna haldane");
        var rusk = new StoryKey(StoryKey.Person, "piotr rusk");
        var ruskFamily = new StoryKey(StoryKey.FamilyName, "rusk");
        var haldaneLeavesAWeekAfterRusk = Report(AlertEvent.Departure, [haldane, rusk, ruskFamily]) with
        {
            People = [new HashSet<StoryKey> { haldane }, new HashSet<StoryKey> { rusk, ruskFamily }],
        };
        var ruskLeft = new StoryCandidate("rusk", Noon.AddDays(-6), [AlertEvent.Departure], new HashSet<string>(), [rusk, ruskFamily])
        {
            Keys = [rusk, ruskFamily],
        };
        var ruskLeavesToo = Report(AlertEvent.Departure, [rusk, ruskFamily]) with { People = [new HashSet<StoryKey> { rusk, ruskFamily }] };

        Assert.Null(StoryFit.Best(haldaneLeavesAWeekAfterRusk, [ruskLeft], Window));
        Assert.Same(ruskLeft, StoryFit.Best(ruskLeavesToo, [ruskLeft], Window));
    }

    [Fact]
    public void Best_WhenOneOutletDropsASecondFamilyName_JoinsThePersonsStory()
    {
        var longer = new StoryKey(StoryKey.Person, "itsaso arregi lasa");
        var lab = new StoryKey(StoryKey.Org, "veltrana");
        var firedInFull = Report(AlertEvent.Departure, [longer, new StoryKey(StoryKey.FamilyName, "lasa"), lab]);
        var fired = new StoryCandidate("arregi", Noon.AddDays(-2), [AlertEvent.Departure], new HashSet<string>(), [lab])
        {
            Keys = [new StoryKey(StoryKey.Person, "itsaso arregi"), new StoryKey(StoryKey.FamilyName, "arregi"), lab],
        };
        var someoneElse = new StoryCandidate("other", Noon.AddDays(-2), [AlertEvent.Departure], new HashSet<string>(), [lab])
        {
            Keys = [new StoryKey(StoryKey.Person, "itsaso lasa"), new StoryKey(StoryKey.FamilyName, "lasa"), lab],
        };

        Assert.Same(fired, StoryFit.Best(firedInFull, [fired], Window));
        Assert.Null(StoryFit.Best(firedInFull, [someoneElse], Window));
    }

    [Fact]
    public void Best_WhenAReportSharesOnlyTheLabWithAMoveThatNeverNamedItsSubject_DoesNotJoin()
    {
        var lab = new StoryKey(StoryKey.Org, "corvane");
        var haldane = new StoryKey(StoryKey.Person, "sunna haldane");
        var haldaneLeaves = Report(AlertEvent.Departure, [haldane, new StoryKey(StoryKey.FamilyName, "haldane"), lab], ["rusk", "corvane", "sunna", "haldane"]) with
        {
            People = [new HashSet<StoryKey> { haldane, new StoryKey(StoryKey.FamilyName, "haldane") }],
        };
        var ruskLeft = Candidate("rusk", [AlertEvent.Departure], [lab], anchors: ["rusk", "corvane"]) with { Keys = [lab] };
        var haldaneToldBefore = Candidate("haldane", [AlertEvent.Departure], [lab], anchors: ["haldane", "corvane"]) with { Keys = [lab] };

        Assert.Null(StoryFit.Best(haldaneLeaves, [ruskLeft], Window));
        Assert.Same(haldaneToldBefore, StoryFit.Best(haldaneLeaves, [ruskLeft, haldaneToldBefore], Window));
    }

    private static StoryReport Report(AlertEvent alertEvent, IReadOnlyList<StoryKey> keys, string[]? anchors = null) =>
        new(Noon, alertEvent, [alertEvent], keys, new HashSet<string>(anchors ?? [], StringComparer.Ordinal));

    private static StoryCandidate Candidate(string id, IReadOnlyList<AlertEvent> events, IReadOnlyList<StoryKey> shared, DateTimeOffset? time = null, string[]? anchors = null) =>
        new(id, time ?? Noon.AddHours(-5), events, new HashSet<string>(anchors ?? [], StringComparer.Ordinal), shared);
}
