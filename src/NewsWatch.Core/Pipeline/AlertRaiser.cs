using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Turns an alerting report into one alert per real story: the first report of a story creates
/// the alert and notifies; later reports join it as sources when <see cref="StoryFit"/> says they
/// belong to it (specific shared evidence, fitting events, publication times within the story
/// window). A joining report can escalate the story's headline event. A report below the
/// alert threshold may join a story it names the same person of, never open one.
/// </summary>
public sealed class AlertRaiser(AlertStore alerts, StoryStore stories, Outbox outbox, IOptions<AlertOptions> options) : IDisposable
{
    // Feeds are polled in parallel: two outlets' reports of one event in the same cycle must
    // not both find no story and both create one. Alerts are rare, so one at a time is cheap.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Returns the id of the alert the report created or joined.</summary>
    public async Task<string> RaiseAsync(StoredItem stored, ClassificationResult classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await CreateOrJoinAsync(stored, classification, cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>
    /// A report below the alert threshold joins the open story it names the same person of in
    /// full (<see cref="StoryFit.BestToJoin"/>) as a source only (<see cref="Alert.WithFollowUp"/>),
    /// and raises nothing on its own. Only its people's keys are looked up and filed. Returns
    /// the alert joined, or null.
    /// </summary>
    public async Task<string?> JoinAsync(StoredItem stored, ClassificationResult classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        var report = FollowUp(StoryReport.Of(classification, item.Title, item.Summary, ReportTime.Of(item.Published, stored.FirstSeen)));
        if (report.Keys.Count == 0)
            return null;
        var window = options.Value.StoryWindow;
        // Only reading: done before the lock, which guards creating a story against a twin.
        var candidates = await stories.FindCandidatesAsync(report.Keys, report.Time, window, cancellationToken);
        if (StoryFit.BestToJoin(report, candidates, window) is not { } story || AlertKey.Of(story.AlertId) is not { } key)
            return null;
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await JoinAsync(key, story, report, stored, classification, asFollowUp: true, cancellationToken) ? story.AlertId : null;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Whether a report below the threshold could join any story: it names someone in full, or a team's work at a lab.</summary>
    public static bool CanFollowUp(ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return StoryKey.For(classification.People, classification.Teams, classification.Orgs, classification.TeamKinds, classification.KnownTeams)
            .Any(k => k.Kind == StoryKey.Person || k.IsLabTeam);
    }

    // A follow-up is filed only under its people and its labs' teams ("evaluation at skarvik"): its
    // organisations alone were never shown to be about AI-safety work, while the story it joins,
    // at that very lab's team and with events that fit, was.
    private static StoryReport FollowUp(StoryReport report) =>
        report with { Keys = [.. report.Keys.Where(k => k.Kind == StoryKey.Person || k.IsLabTeam)], Mentions = [] };

    public void Dispose() => oneAtATime.Dispose();

    private async Task<string> CreateOrJoinAsync(StoredItem stored, ClassificationResult classification, CancellationToken cancellationToken)
    {
        var item = stored.Item;
        var created = Alert.From(stored, classification);
        var report = StoryReport.Of(classification, item.Title, item.Summary, ReportTime.Of(item.Published, stored.FirstSeen));
        var window = options.Value.StoryWindow;

        // An alert of its own means this report created it before a crash: finish creating it,
        // even if another report of the story has opened one since.
        var lookup = report.LookupKeys;
        if (await alerts.FindAsync(created.Id, cancellationToken) is null && lookup.Count > 0)
        {
            var candidates = await stories.FindCandidatesAsync(lookup, report.Time, window, cancellationToken);
            if (StoryFit.Best(report, candidates, window) is { } story && AlertKey.Of(story.AlertId) is { } key
                && await JoinAsync(key, story, report, stored, classification, asFollowUp: false, cancellationToken))
                return story.AlertId;
        }

        var added = await alerts.AddAsync(created, cancellationToken);
        await stories.FileAsync(created.Id, report.Time, created.Events, report.Anchors, report.OpeningKeys, replace: false, cancellationToken);
        await outbox.EnqueueCreatedAsync(created, added, cancellationToken);
        return created.Id;
    }

    private async Task<bool> JoinAsync(AlertKey key, StoryCandidate story, StoryReport report, StoredItem stored, ClassificationResult classification, bool asFollowUp, CancellationToken cancellationToken)
    {
        var item = stored.Item;
        var source = AlertSource.Of(stored, classification);
        Alert? before = null;
        var joined = await alerts.UpdateAsync(
            key,
            alert =>
            {
                before = alert;
                return alert.HasSource(item.FeedId, item.Id) ? alert : asFollowUp ? alert.WithFollowUp(source) : alert.Joined(source, classification);
            },
            cancellationToken);
        if (joined is null || before is null)
            return false;
        // The story is now also found through the people, teams and organisations this report added,
        // and its rows carry its events, specifics and keys so far. A story filed before rows kept
        // its keys was filed under its alert's names.
        var anchors = story.Anchors.Union(report.Anchors, StringComparer.Ordinal);
        var filedUnder = story.Keys.Count > 0 ? story.Keys : StoryKey.For(before.People, before.Teams, before.Orgs);
        IReadOnlyList<StoryKey> keys = [.. filedUnder.Union(report.Keys).Take(StoryKey.MaxStoryKeys)];
        await stories.FileAsync(joined.Id, story.StoryTime, joined.Events, anchors, keys, replace: true, cancellationToken);
        await outbox.EnqueueJoinedAsync(before, joined, key, item, AlertChange.Describe(before, joined, source), cancellationToken);
        return true;
    }
}
