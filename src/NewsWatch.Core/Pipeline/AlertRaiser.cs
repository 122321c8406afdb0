using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Turns an alerting report into one alert per real event: the first report of an event
/// creates the alert and notifies; later reports of the same event (same event type, a
/// shared person, team or organisation, within the story window) join it as sources.
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

    public void Dispose() => oneAtATime.Dispose();

    private async Task<string> CreateOrJoinAsync(StoredItem stored, ClassificationResult classification, CancellationToken cancellationToken)
    {
        var created = Alert.From(stored, classification);
        var keys = StoryKey.For(classification.Event, classification.People, classification.Teams, classification.Orgs);

        // An alert of its own means this report created it before a crash: finish creating it,
        // even if another report of the event has opened a story since.
        if (await alerts.FindAsync(created.Id, cancellationToken) is null)
        {
            var open = keys.Count == 0 ? null : await stories.FindOpenAsync(keys, stored.FirstSeen - options.Value.StoryWindow, cancellationToken);
            if (open is not null && AlertKey.Of(open) is { } story && await JoinAsync(story, stored, classification, cancellationToken))
                return open;
        }

        var key = await alerts.AddAsync(created, cancellationToken);
        await stories.AddAsync(created, keys, cancellationToken);
        await outbox.EnqueueCreatedAsync(created, key, cancellationToken);
        return created.Id;
    }

    private async Task<bool> JoinAsync(AlertKey story, StoredItem stored, ClassificationResult classification, CancellationToken cancellationToken)
    {
        var item = stored.Item;
        var joined = await alerts.UpdateAsync(
            story,
            alert => alert.HasSource(item.FeedId, item.Id) ? alert : alert.Joined(AlertSource.Of(stored, classification), classification),
            cancellationToken);
        if (joined is null)
            return false;
        // The story is now also found through the people, teams and organisations this report added.
        await stories.AddAsync(joined, StoryKey.For(joined.Event, joined.People, joined.Teams, joined.Orgs), cancellationToken);
        await outbox.EnqueueUpdatedAsync(joined, story, item, cancellationToken);
        return true;
    }
}
