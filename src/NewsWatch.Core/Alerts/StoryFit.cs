using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Decides whether a report belongs to an open story. Specific evidence joins: a shared person,
/// or a shared team or public body (<see cref="PublicBodies"/>) whose events fit one story (a
/// lead's departure with the team's dissolution or restructuring; a unit's formation with its
/// head's arrival), or a name the report gives in passing that is the story's person. A shared
/// organisation alone is weak: it joins only with the same event and closely matching specifics
/// (the same names and numbers, in any language). A report of someone leaving or joining and a
/// story of the same that name people, none in common, are two changes, whatever team or
/// organisation they share. Of the stories that fit, the one sharing the most specific evidence
/// (people counted as people, not as the keys their names make; the report's subject before the
/// others it names) wins, then the closest in time.
/// </summary>
public static class StoryFit
{
    // Of the smaller set of anchors, this share at least, and at least one, must be the other's too:
    // reports in two languages share names and numbers, little else.
    private const double MinAnchorShare = 0.25;
    private const int MinSharedAnchors = 1;

    // Outlets report one change within days; a team's next change comes later.
    private static readonly TimeSpan TeamOnlyReach = TimeSpan.FromDays(4);

    // A shared person, or a shared team with fitting events, outweighs any organisation-only match.
    private const int SpecificEvidence = 10;

    private static readonly HashSet<string> NothingLeftOut = [];

    private static readonly HashSet<AlertEvent> Endings = [AlertEvent.Departure, AlertEvent.Dissolution, AlertEvent.Restructuring, AlertEvent.Resources];
    private static readonly HashSet<AlertEvent> Beginnings = [AlertEvent.Formation, AlertEvent.Arrival, AlertEvent.Resources];

    /// <summary>The story the report joins, or null when none fits.</summary>
    public static StoryCandidate? Best(StoryReport report, IEnumerable<StoryCandidate> candidates, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Select(c => (Candidate: c, Strength: Strength(report, c, window)))
            .Where(x => x.Strength > 0)
            .OrderByDescending(x => x.Strength)
            .ThenBy(x => (x.Candidate.StoryTime - report.Time).Duration())
            .ThenBy(x => x.Candidate.AlertId, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>
    /// The story a report below the alert threshold joins: only one it shares a person's whole
    /// name with, never by a family name, a team or an organisation alone. Such a report has not
    /// shown on its own that it is about AI-safety work; the person it follows has.
    /// </summary>
    public static StoryCandidate? BestToJoin(StoryReport report, IEnumerable<StoryCandidate> candidates, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Best(report, candidates.Where(c => c.SharedKeys.Any(k => k.Kind == StoryKey.Person || k.IsLabTeam) && Strength(report, c, window) >= SpecificEvidence), window);
    }

    /// <summary>How specifically the report matches the story: 0 when it does not belong there.</summary>
    public static int Strength(StoryReport report, StoryCandidate candidate, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidate);
        if ((candidate.StoryTime - report.Time).Duration() > window)
            return 0;
        var own = candidate.SharedKeys.Where(report.Keys.Contains).ToList();
        // A name the story holds only as possibly someone's (a one-word headline subject, a name its
        // first report gave in passing) is that person's only when the events fit as well, and adds
        // nothing to the people the story holds for certain.
        var ownPeople = own.Where(k => k.IsPerson && !AreNamesakes(k, report.Keys, candidate.Keys)).ToList();
        var people = CountPeople(report, ownPeople.Where(k => !StoryKey.IsOnlyPossiblyAPerson(k, candidate.Keys)));
        if (people == 0)
            people = CountLongerNames(report, candidate);
        var possibly = CountPeople(report, ownPeople.Where(k => StoryKey.IsOnlyPossiblyAPerson(k, candidate.Keys) && !StoryKey.IsOnlyPossiblyAPerson(k, report.Keys)));
        // A body sees many people come and go: two reports of someone leaving it may be two people.
        // Within a few days, though, a report of an appointment or an exit there that names no one
        // ("Rome names a director for its institute", "the institute's director resigns") most
        // likely tells of the one another report named.
        var bodyIsEvidence = !(IsAboutPeople(report.Events) && IsAboutPeople(candidate.Events)) || IsTheSameHeadAppointed(report, candidate);
        var labTeams = own.Count(k => k.Kind == StoryKey.Team && !IsAnotherLabsNamesake(k, own, report, candidate));
        var bodies = own.Count(k => k.Kind != StoryKey.Team && bodyIsEvidence && report.Bodies.Contains(k));
        var teams = labTeams + bodies;
        var eventsFit = EventsFit(report.Events, candidate.Events);
        if (people > 0 && NamesOnlyInPassing(report, candidate, own))
            return 0;
        if ((people > 0 || possibly > 0) && IsAnotherPersonsMove(report, candidate))
            return 0;
        // A person has one change at a time: leaving one post for another is one story.
        if (people > 0 || (possibly > 0 && eventsFit))
            return SpecificEvidence + (2 * (people > 0 ? people : possibly)) + teams + (SharesSubject(report, candidate, own) ? 1 : 0);
        // A report of someone else's move that names the story's person does so in passing (a
        // predecessor, a colleague who left too).
        if (AreOtherPeopleMoving(report, candidate))
            return 0;
        // A lab team's next change days later ("disbands the team a week after its lead left", "cuts
        // the red team's budget a week after naming its head") may be its own story: with no person
        // in common, two different changes of a lab's team meet only close in time. A team or body
        // is often formed one week and given its head the next, in one story.
        if (teams > 0 && eventsFit && (bodies > 0 || IsTheSameChangeOrItsHead(report, candidate) || (candidate.StoryTime - report.Time).Duration() <= TeamOnlyReach))
            return SpecificEvidence + teams;
        // The story's person, named by a report that did not take the name for a person's: the
        // same change told again ("four days after Brandt-Okafor resigned, her team is split up").
        if (MentionsItsPerson(report, candidate) && eventsFit)
            return SpecificEvidence;
        if (!candidate.Events.Contains(report.Event) || IsAMoveOfSomeoneTheStoryNeverNamed(report, candidate))
            return 0;
        if (own.Any(k => k.Kind == StoryKey.Org))
            return SharesSpecifics(report, candidate, NothingLeftOut) ? 1 : 0;
        // A word the report only mentions ("Reuters reports") may be no organisation of the story:
        // it must share other specifics as well, not only that word.
        var mentioned = candidate.SharedKeys.Where(k => k.Kind == StoryKey.Org).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        return mentioned.Count > 0 && SharesSpecifics(report, candidate, mentioned) ? 1 : 0;
    }

    // A team name alone ("Preparedness") is two teams when the two sides name labs and share none:
    // a report of one lab's cuts that recalls another's "Horizon group" is not that story. One
    // lab under two names ("Meta", "Facebook") must be one gazetteer entity for its reports to meet.
    private static bool IsAnotherLabsNamesake(StoryKey team, List<StoryKey> shared, StoryReport report, StoryCandidate candidate) =>
        !team.Name.Contains(" at ", StringComparison.Ordinal) && NameDifferentLabs(shared, report, candidate);

    // Both sides name organisations, and share none of them.
    private static bool NameDifferentLabs(List<StoryKey> shared, StoryReport report, StoryCandidate candidate) =>
        !shared.Exists(k => k.Kind == StoryKey.Org) && report.Keys.Any(k => k.Kind == StoryKey.Org) && candidate.Keys.Any(k => k.Kind == StoryKey.Org);

    // "Itziar Olaizola Besga" is "Itziar Olaizola": outlets drop a second family name, so a full
    // name that opens another is that person, though no key of theirs is the same.
    private static int CountLongerNames(StoryReport report, StoryCandidate candidate)
    {
        var storyNames = candidate.Keys.Where(k => k.Kind == StoryKey.Person).Select(k => k.Name).ToList();
        return report.Keys.Count(k => k.Kind == StoryKey.Person && storyNames.Exists(name => OneOpensTheOther(k.Name, name)));
    }

    private static bool OneOpensTheOther(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter != longer && shorter.Contains(' ', StringComparison.Ordinal) && longer.StartsWith(shorter + " ", StringComparison.Ordinal);
    }

    // "Marwitz" is two people when the report names Sofia Marwitz and the story Lukas Marwitz: a family
    // name both hold is no evidence when both give it only with different given names.
    private static bool AreNamesakes(StoryKey key, IReadOnlyList<StoryKey> reportKeys, IReadOnlyList<StoryKey> storyKeys)
    {
        if (key.Kind != StoryKey.FamilyName)
            return false;
        var reportNames = FullNamesOf(key.Name, reportKeys);
        var storyNames = FullNamesOf(key.Name, storyKeys);
        return reportNames.Count > 0 && storyNames.Count > 0 && !reportNames.Exists(r => storyNames.Exists(s => IsSameFullName(r, s)));
    }

    private static List<string> FullNamesOf(string familyName, IReadOnlyList<StoryKey> keys) =>
        [.. keys.Where(k => k.Kind == StoryKey.Person && k.Name.EndsWith(" " + familyName, StringComparison.Ordinal)).Select(k => k.Name)];

    // "Orla Ní Dhubhthaigh" and "Ní Dhubhthaigh" may be one person: one name ends with the other, or
    // both start with the same given name ("Jan Leike", "Jan H. Leike").
    private static bool IsSameFullName(string a, string b) =>
        a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal)
        || string.Equals(a.Split(' ')[0], b.Split(' ')[0], StringComparison.Ordinal);

    // People, not keys: "Daniel Achterberg" and "Achterberg" are one person, and a report naming its
    // subject by family name and a colleague in full names two, each as much as the other.
    private static int CountPeople(StoryReport report, IEnumerable<StoryKey> sharedPersonKeys)
    {
        var shared = sharedPersonKeys.ToHashSet();
        var grouped = report.People.SelectMany(person => person).ToHashSet();
        // A key counts for one person: "Marwitz" shared is not both Sofia and Lukas Marwitz.
        var used = new HashSet<StoryKey>();
        var people = 0;
        foreach (var person in report.People)
        {
            if (!person.Any(key => shared.Contains(key) && !used.Contains(key)))
                continue;
            people++;
            used.UnionWith(person);
        }

        return people + shared.Count(key => !grouped.Contains(key));
    }

    // "The red team has had no head since Sigrun Faldt left": a story about
    // someone else at another lab names her in passing, and her move a month later is not its news.
    // Two sides that name labs, none in common, and share people but not the story's subject, are
    // two stories unless they tell the same change.
    private static bool NamesOnlyInPassing(StoryReport report, StoryCandidate candidate, List<StoryKey> own) =>
        SubjectOf(candidate) is { } storySubject && !candidate.Events.Contains(report.Event)
        && !own.Exists(key => key.IsPerson && AreOneName(key, storySubject)) && NameDifferentLabs(own, report, candidate);

    // "Haldorsen resigns, a week after red-team head Wierzchoń left": a report of its own subject's
    // move, someone the story of another person's move does not know, names that person in passing.
    private static bool IsAnotherPersonsMove(StoryReport report, StoryCandidate candidate) =>
        report.Event is AlertEvent.Departure or AlertEvent.Arrival && report.People.Count > 1
        && candidate.Events.Any(e => e is AlertEvent.Departure or AlertEvent.Arrival)
        && candidate.Keys.Any(k => k.IsPerson) && !KnowsPerson(candidate, report.People[0]);

    // "Haldorsen resigns, days after Wierzchoń left": sharing only the lab and the names it gives
    // in passing, a report of its subject's move is not the story of a move that never named her.
    // A given name says nothing ("Sam" may be another Sam); the family name does.
    private static bool IsAMoveOfSomeoneTheStoryNeverNamed(StoryReport report, StoryCandidate candidate) =>
        report.Event is AlertEvent.Departure or AlertEvent.Arrival && report.People.Count > 0
        && candidate.Events.Any(e => e is AlertEvent.Departure or AlertEvent.Arrival)
        && !KnowsPerson(candidate, report.People[0]) && !report.People[0].Any(key => candidate.Anchors.Contains(key.Name.Split(' ')[^1]));

    // The story holds one of the person's keys, or their full name with a family name more or less.
    private static bool KnowsPerson(StoryCandidate candidate, IReadOnlySet<StoryKey> person) =>
        person.Any(key => candidate.Keys.Contains(key)
            || (key.Kind == StoryKey.Person && candidate.Keys.Any(k => k.Kind == StoryKey.Person && OneOpensTheOther(k.Name, key.Name))));

    // A story's first key names whom it is about (see StoryReport.OpeningKeys), when that is a person.
    private static StoryKey? SubjectOf(StoryCandidate candidate) =>
        candidate.Keys.Count > 0 && candidate.Keys[0].IsPerson ? candidate.Keys[0] : null;

    // Of two stories whose people a report names, it belongs to the one about its subject, not to
    // that of a colleague it names in passing ("a day later, Achterberg left too").
    private static bool SharesSubject(StoryReport report, StoryCandidate candidate, IEnumerable<StoryKey> own)
    {
        var storySubject = SubjectOf(candidate);
        return storySubject is not null && report.People.Count > 0
            && own.Any(key => report.People[0].Contains(key) && AreOneName(key, storySubject));
    }

    // "Raghunathan" is "Priya Raghunathan": one name is the other, or one of its words.
    private static bool AreOneName(StoryKey a, StoryKey b) =>
        a.Name == b.Name || a.Name.Split(' ').Contains(b.Name, StringComparer.Ordinal) || b.Name.Split(' ').Contains(a.Name, StringComparer.Ordinal);

    private static bool NamesAnyone(IReadOnlyList<StoryKey> keys) => keys.Any(k => k.IsPerson);

    private static bool IsTheSameHeadAppointed(StoryReport report, StoryCandidate candidate) =>
        report.Event is AlertEvent.Arrival or AlertEvent.Departure && candidate.Events.Contains(report.Event) && (!NamesAnyone(report.Keys) || !NamesAnyone(candidate.Keys))
        && (candidate.StoryTime - report.Time).Duration() <= TeamOnlyReach;

    // The same change told again, or a unit's formation and its head's arrival: one story whatever
    // the days between.
    private static bool IsTheSameChangeOrItsHead(StoryReport report, StoryCandidate candidate) =>
        candidate.Events.Contains(report.Event)
        || (report.Event == AlertEvent.Arrival && candidate.Events.Contains(AlertEvent.Formation))
        || (report.Event == AlertEvent.Formation && candidate.Events.Contains(AlertEvent.Arrival));

    private static bool IsAboutPeople(IReadOnlyList<AlertEvent> events) =>
        events.Count > 0 && events.All(e => e is AlertEvent.Departure or AlertEvent.Arrival);

    private static bool MentionsItsPerson(StoryReport report, StoryCandidate candidate) =>
        candidate.SharedKeys.Any(k => k.Kind == StoryKey.FamilyName && !report.Keys.Contains(k) && !StoryKey.IsOnlyPossiblyAPerson(k, candidate.Keys));

    /// <summary>
    /// Whether two sets of events can be one story: they share one, or one of each ends something
    /// (a lead's departure and the team's dissolution), or one of each begins something (a unit's
    /// formation and its head's arrival), or a lead arrives at a team being restructured. A story
    /// that is both ("the team quits for a rival") fits either kind of report.
    /// </summary>
    public static bool EventsFit(IReadOnlyList<AlertEvent> a, IReadOnlyList<AlertEvent> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
            return true;
        return a.Any(x => b.Any(y => x == y || (Endings.Contains(x) && Endings.Contains(y)) || (Beginnings.Contains(x) && Beginnings.Contains(y)) || IsNewLead(x, y) || IsNewLead(y, x)));
    }

    // A lead moved onto a team is a restructuring of it: "takes over the reorganised ethics team" is one story.
    private static bool IsNewLead(AlertEvent a, AlertEvent b) => a == AlertEvent.Arrival && b == AlertEvent.Restructuring;

    // Both tell of people leaving or joining, and name none in common: two changes, at one lab or in
    // one team. Other news names people in passing (a quoted chief, a successor), which says nothing.
    private static bool AreOtherPeopleMoving(StoryReport report, StoryCandidate candidate) =>
        report.Event is AlertEvent.Departure or AlertEvent.Arrival
        && candidate.Events.Any(e => e is AlertEvent.Departure or AlertEvent.Arrival)
        && NamesSomeone(report.Keys) && NamesSomeone(candidate.Keys);

    private static bool NamesSomeone(IReadOnlyList<StoryKey> keys) =>
        keys.Any(k => k.IsPerson && !StoryKey.IsOnlyPossiblyAPerson(k, keys));

    private static bool SharesSpecifics(StoryReport report, StoryCandidate candidate, HashSet<string> leaveOut)
    {
        var (share, shared) = leaveOut.Count == 0
            ? ContentAnchors.Overlap(report.Anchors, candidate.Anchors)
            : ContentAnchors.Overlap(report.Anchors.Except(leaveOut).ToHashSet(StringComparer.Ordinal), candidate.Anchors.Except(leaveOut).ToHashSet(StringComparer.Ordinal));
        return share >= MinAnchorShare && shared >= MinSharedAnchors;
    }
}
