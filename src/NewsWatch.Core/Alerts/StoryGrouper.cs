using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Groups reports into stories in memory, by the rule <see cref="Pipeline.AlertRaiser"/> applies
/// against the Stories table (<see cref="StoryFit"/> over the stories filed under a report's
/// people, teams and organisations): for evaluating story grouping on a labelled set without
/// storage. Reports must be given in the order they are seen.
/// </summary>
public sealed class StoryGrouper(TimeSpan window)
{
    private readonly Dictionary<StoryKey, List<Story>> _byKey = [];
    private int _stories;

    /// <summary>The story the report joins or opens.</summary>
    public string Add(StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var candidates = Candidates(report);
        if (StoryFit.Best(report, candidates.Select(c => c.Candidate), window) is { } best)
        {
            var story = candidates.First(c => c.Candidate == best).Story;
            story.Join(report);
            File(story, story.Keys);
            return story.Id;
        }

        var opened = new Story($"story-{++_stories}", report);
        File(opened, opened.Keys);
        return opened.Id;
    }

    /// <summary>
    /// The story a report below the alert threshold joins (see <see cref="StoryFit.BestToJoin"/>)
    /// as a source only, filed under its people and its labs' teams alone, as <see cref="Pipeline.AlertRaiser"/>
    /// does; null when none, as it opens none.
    /// </summary>
    public string? Join(StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var followUp = report with { Keys = [.. report.Keys.Where(k => k.Kind == StoryKey.Person || k.IsLabTeam)], Mentions = [] };
        var candidates = Candidates(followUp);
        if (StoryFit.BestToJoin(followUp, candidates.Select(c => c.Candidate), window) is not { } best)
            return null;
        var story = candidates.First(c => c.Candidate == best).Story;
        story.Keys.AddRange(followUp.Keys.Except(story.Keys).Take(StoryKey.MaxStoryKeys - story.Keys.Count));
        File(story, story.Keys);
        return story.Id;
    }

    private List<(Story Story, StoryCandidate Candidate)> Candidates(StoryReport report)
    {
        var shared = new Dictionary<Story, List<StoryKey>>();
        foreach (var key in report.LookupKeys)
        {
            foreach (var story in _byKey.GetValueOrDefault(key, []))
            {
                if (!shared.TryGetValue(story, out var keys))
                    shared[story] = keys = [];
                keys.Add(key);
            }
        }

        return [.. shared.Select(pair => (pair.Key, new StoryCandidate(pair.Key.Id, pair.Key.Time, [.. pair.Key.Events], pair.Key.Anchors, pair.Value) { Keys = [.. pair.Key.Keys] }))];
    }

    private void File(Story story, IEnumerable<StoryKey> keys)
    {
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var stories))
                _byKey[key] = stories = [];
            if (!stories.Contains(story))
                stories.Add(story);
        }
    }

    private sealed class Story(string id, StoryReport first)
    {
        public string Id { get; } = id;

        public DateTimeOffset Time { get; } = first.Time;

        public HashSet<AlertEvent> Events { get; } = [.. first.Events];

        public HashSet<string> Anchors { get; } = new(first.Anchors, StringComparer.Ordinal);

        public List<StoryKey> Keys { get; } = [.. first.OpeningKeys];

        public void Join(StoryReport report)
        {
            // As the Stories table keeps them: the story's keys first, then the report's, up to the cap.
            Keys.AddRange(report.Keys.Except(Keys).Take(StoryKey.MaxStoryKeys - Keys.Count));
            Events.UnionWith(report.Events);
            Anchors.UnionWith(report.Anchors);
        }
    }
}
