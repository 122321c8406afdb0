using System.Text;
using Azure.Data.Tables;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Storage;

/// <summary>
/// The Stories table: an index from each named person, team and organisation to the stories
/// that name it, for finding a report's story with single-partition queries, never a scan.
/// </summary>
public sealed class StoryStore(TableStore tables)
{
    // A story's anchors grow as reports join; this many say what it is about.
    private const int MaxStoryAnchors = 2 * ContentAnchors.MaxAnchors;

    // Names are normalised to letters, digits and spaces, so this separator is never inside one.
    private const char KeySeparator = ';';

    /// <summary>
    /// Files the story under each of its keys. A new story is filed add-if-absent, so a create
    /// redone after a crash never undoes what later reports added; a story a report joined is
    /// refiled with what it now holds (<paramref name="replace"/>).
    /// </summary>
    public async Task FileAsync(string alertId, DateTimeOffset storyTime, IReadOnlyList<AlertEvent> events, IEnumerable<string> anchors, IReadOnlyList<StoryKey> keys, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(keys);
        var table = await Table(cancellationToken);
        var eventList = string.Join(',', events.Select(e => e.ToString().ToLowerInvariant()));
        var anchorList = TableText.Fit(string.Join(' ', anchors.Take(MaxStoryAnchors)), TableText.MaxProperty);
        var keyList = WholeKeysThatFit(keys);
        foreach (var key in keys)
        {
            var row = new StoryEntity { PartitionKey = TableKey.Encode(key.Partition), RowKey = TableKey.Encode(alertId), StoryTime = storyTime, Events = eventList, Anchors = anchorList, Keys = keyList };
            if (replace)
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            else
                await table.TryAddAsync(row, cancellationToken);
        }
    }

    /// <summary>
    /// The stories filed under any of the report's keys whose time is within
    /// <paramref name="window"/> of <paramref name="time"/>, each with the keys it shares.
    /// </summary>
    public async Task<IReadOnlyList<StoryCandidate>> FindCandidatesAsync(IReadOnlyList<StoryKey> keys, DateTimeOffset time, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await Table(cancellationToken);
        var (from, to) = (time - window, time + window);
        var found = new Dictionary<string, (StoryEntity Row, List<StoryKey> Shared)>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var partition = TableKey.Encode(key.Partition);
            await foreach (var row in table.QueryAsync<StoryEntity>(r => r.PartitionKey == partition && r.StoryTime >= from && r.StoryTime <= to, cancellationToken: cancellationToken))
            {
                var alertId = TableKey.Decode(row.RowKey);
                if (!found.TryGetValue(alertId, out var entry))
                    found[alertId] = entry = (row, []);
                entry.Shared.Add(key);
            }
        }

        return [.. found.Select(pair => new StoryCandidate(pair.Key, pair.Value.Row.StoryTime, ParseEvents(pair.Value.Row.Events), ParseAnchors(pair.Value.Row.Anchors), pair.Value.Shared) { Keys = ParseKeys(pair.Value.Row.Keys) })];
    }

    private static AlertEvent[] ParseEvents(string events) =>
        [.. events.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(e => Enum.TryParse<AlertEvent>(e, ignoreCase: true, out var parsed) ? parsed : AlertEvent.None).Where(e => e != AlertEvent.None)];

    // A key cut short would name another partition; only whole keys are written.
    private static string WholeKeysThatFit(IEnumerable<StoryKey> keys)
    {
        var list = new StringBuilder();
        foreach (var partition in keys.Select(k => k.Partition))
        {
            if (list.Length + partition.Length + 1 > TableText.MaxProperty)
                break;
            if (list.Length > 0)
                list.Append(KeySeparator);
            list.Append(partition);
        }

        return list.ToString();
    }

    private static StoryKey[] ParseKeys(string keys) =>
        [.. keys.Split(KeySeparator, StringSplitOptions.RemoveEmptyEntries).Select(StoryKey.Parse).OfType<StoryKey>()];

    private static HashSet<string> ParseAnchors(string anchors) => [.. anchors.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Stories, cancellationToken);
}
