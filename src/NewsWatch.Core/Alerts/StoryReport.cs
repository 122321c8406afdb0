using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>What a report offers for finding its story: when it happened, what it tells, whom it names.</summary>
public sealed record StoryReport(DateTimeOffset Time, AlertEvent Event, IReadOnlyList<AlertEvent> Events, IReadOnlyList<StoryKey> Keys, IReadOnlySet<string> Anchors)
{
    // A report names a few people and bodies, its headline and lede first; in German every noun is
    // capitalised too, so a dozen are looked at.
    private const int MaxMentions = 12;
    private const int MinMentionLength = 4;

    // Mentions filed with a new story leave room among its keys for the people later reports add.
    private const int MaxFiledMentionKeys = StoryKey.MaxStoryKeys / 4;

    /// <summary>The keys that name a specific public body (see <see cref="PublicBodies"/>), which are evidence as a team is.</summary>
    public IReadOnlySet<StoryKey> Bodies { get; init; } = new HashSet<StoryKey>();

    /// <summary>
    /// The keys of each person the report names, one set per person, its subject first (the
    /// classifier lists the person a report is about before those it names in passing). A person
    /// named in full and by family name is one person however many keys the names make.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<StoryKey>> People { get; init; } = [];

    /// <summary>
    /// Names the report capitalises that the classifier did not take for a person or an
    /// organisation ("Brandt-Okafor" in "nach dem Rücktritt der Leiterin Brandt-Okafor"), as the
    /// family-name and organisation keys a story may be filed under. They find stories, file only
    /// a story the report opens (see <see cref="OpeningKeys"/>), and are weaker evidence than the
    /// report's own keys (see <see cref="StoryFit"/>).
    /// </summary>
    public IReadOnlyList<StoryKey> Mentions { get; init; } = [];

    /// <summary>Every key a story of this report may be filed under: its own, then its mentions.</summary>
    public IReadOnlyList<StoryKey> LookupKeys => [.. Keys.Concat(Mentions).Distinct()];

    /// <summary>
    /// The keys a story this report opens is filed under: its own, and its mentions, so that
    /// a later report naming the person or the company the classifier missed here finds it. A
    /// mention is filed as both a family name and an organisation, so it never counts as naming
    /// someone on its own (see <see cref="StoryKey.IsOnlyPossiblyAPerson"/>).
    /// Its subject's keys go first, so that the story knows whom it is about (see <see cref="StoryFit"/>).
    /// </summary>
    public IReadOnlyList<StoryKey> OpeningKeys => [.. (People.Count > 0 ? People[0].Intersect(Keys) : []).Concat(Keys).Concat(Mentions.Take(MaxFiledMentionKeys)).Distinct()];

    // A word of a name the report's own keys hold is that name, not a mention of another.
    private static StoryKey[] MentionsOf(IEnumerable<string> anchors, IReadOnlyList<StoryKey> keys)
    {
        var named = keys.SelectMany(k => k.Name.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return [.. anchors.Where(anchor => anchor.Length >= MinMentionLength && !char.IsDigit(anchor[0]) && !named.Contains(anchor)).Take(MaxMentions)
            .SelectMany(name => new[] { new StoryKey(StoryKey.FamilyName, name), new StoryKey(StoryKey.Org, name) })];
    }

    private static IReadOnlySet<StoryKey>[] PeopleOf(IEnumerable<string> people, IReadOnlyList<StoryKey> keys) =>
        [.. people.Select(name => (IReadOnlySet<StoryKey>)StoryKey.For([name], [], []).Where(key => key.IsPerson && keys.Contains(key)).ToHashSet())
            .Where(personKeys => personKeys.Count > 0)];

    public static StoryReport Of(ClassificationResult classification, string title, string summary, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(classification);
        // An acronym no list knows is filed like an organisation: weak alone, it joins only with the same event and matching specifics.
        // A public body named in full is filed under its initials too: another outlet writes "TCASE".
        var acronyms = Acronyms.In(title, summary).Concat(PublicBodies.InitialsOf(classification.Orgs))
            .Distinct(StringComparer.Ordinal).Take(Acronyms.MaxAcronyms).ToList();
        IReadOnlyList<StoryKey> keys = [.. StoryKey.For(classification.People, classification.Teams, classification.Orgs, classification.TeamKinds, classification.KnownTeams)
            .Concat(acronyms.Select(acronym => new StoryKey(StoryKey.Org, StoryKey.Normalise(acronym))))
            .Concat(PublicBodies.ConceptKeysOf(classification.Orgs)).Distinct().Take(StoryKey.MaxReportKeys)];
        // The organisations and teams a weak join shares go without saying, or they would be their
        // own evidence; people's names stay anchors, since another outlet may name the same person
        // where the classifier found none. An acronym is evidence of which body was set up, shut or
        // reorganised, but an institute sees many people come and go: then it goes without saying too.
        var aboutPeople = classification.Event is AlertEvent.Departure or AlertEvent.Arrival;
        var shared = classification.Teams.Concat(classification.Orgs).Concat(aboutPeople ? acronyms : []);
        var anchors = ContentAnchors.Of(title, summary, shared);
        return new StoryReport(time, classification.Event, classification.Events, keys, anchors)
        {
            Bodies = PublicBodies.Among(classification.Orgs, acronyms, title + "\n" + summary),
            Mentions = MentionsOf(anchors, keys),
            People = PeopleOf(classification.People, keys),
        };
    }
}
