using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// One pass over the due feeds: fetch, parse, and hand each item to the <see cref="ItemProcessor"/>.
/// A feed's failure is recorded on the feed and never stops the others.
/// </summary>
public sealed partial class PollCycle(
    FeedStore feeds,
    FeedFetcher fetcher,
    FeedParser parser,
    SearchParser searchParser,
    ItemStore items,
    ItemProcessor processor,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<PollCycle> logger)
{
    /// <summary>Polls started per request slot: enough that every host with a free turn has one waiting.</summary>
    private const int WaitingPerSlot = 4;

    private readonly FeedSchedule schedule = new(options.Value);

    public async Task<PollSummary> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = DueByHost((await feeds.ListAsync(cancellationToken)).Where(feed => feed.IsDue(now)));
        var results = new ConcurrentBag<FeedPollResult>();
        var deferred = 0;
        // Polls wait for their host's turn without holding a request slot (HostGate), so more are
        // started than may be in flight: the waiting ones are cheap, and every free host stays busy.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelFeeds * WaitingPerSlot, CancellationToken = cancellationToken };
        var notAfter = now + options.Value.CycleBudget;
        await Parallel.ForEachAsync(due, parallel, async (feed, token) =>
        {
            var result = time.GetUtcNow() > notAfter ? null : await PollFeedAsync(feed, notAfter, token);
            if (result is null)
                Interlocked.Increment(ref deferred);
            else
                results.Add(result);
        });

        var summary = PollSummary.Of([.. results]) with { Deferred = deferred };
        LogCycle(summary.FeedsPolled, summary.NotModified, summary.Failed, summary.NewItems, summary.Alerts, summary.Deferred);
        return summary;
    }

    /// <summary>
    /// The due feeds, longest-waiting first within each host, the hosts taken in turn: polls
    /// started together then spread over hosts instead of queueing behind one.
    /// </summary>
    private static List<WatchedFeed> DueByHost(IEnumerable<WatchedFeed> due) =>
        [.. due.GroupBy(feed => feed.Url.Host, StringComparer.OrdinalIgnoreCase)
            .SelectMany(host => host.OrderBy(feed => feed.NextPollAt ?? DateTimeOffset.MinValue).Select((feed, turn) => (feed, turn)))
            .OrderBy(pair => pair.turn)
            .ThenBy(pair => pair.feed.NextPollAt ?? DateTimeOffset.MinValue)
            .Select(pair => pair.feed)];

    /// <summary>Polls one feed; null when its host's turn would come after <paramref name="notAfter"/> and it waits for the next cycle.</summary>
    private async Task<FeedPollResult?> PollFeedAsync(WatchedFeed feed, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        try
        {
            var recovered = await FinishPendingAsync(feed, cancellationToken);
            var result = await FetchAndProcessAsync(feed, notAfter, cancellationToken);
            if (result.Outcome == FetchOutcome.Deferred)
                return recovered == 0 ? null : result with { Alerts = recovered };
            await RecordAsync(result.Feed, cancellationToken);
            return result with { Alerts = result.Alerts + recovered };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Storage trouble or a bug must cost this feed's poll, not the cycle.
            LogFeedCrashed(ex, feed.Url);
            // The crash may have come after items were recorded pending: keep the feed marked.
            var failed = schedule.Failed(feed with { PendingSince = feed.PendingSince ?? time.GetUtcNow() }, time.GetUtcNow(), $"Unexpected error: {ex.Message}");
            await TryRecordAsync(failed, cancellationToken);
            return new FeedPollResult(failed, FetchOutcome.Failed, 0, 0);
        }
    }

    private async Task<FeedPollResult> FetchAndProcessAsync(WatchedFeed feed, DateTimeOffset notAfter, CancellationToken cancellationToken, int discoveryHops = 0)
    {
        var fetched = await fetcher.FetchAsync(new FeedRequest(feed.Id, feed.Url, feed.ETag, feed.LastModified) { NotAfter = notAfter }, cancellationToken);
        var now = time.GetUtcNow();
        switch (fetched.Outcome)
        {
            case FetchOutcome.Deferred:
                return new FeedPollResult(feed, fetched.Outcome, 0, 0);
            case FetchOutcome.NotModified:
                return new FeedPollResult(schedule.Succeeded(feed, now, [], fetched.FreshFor), fetched.Outcome, 0, 0);
            case FetchOutcome.Gone:
                return new FeedPollResult(FeedSchedule.Disabled(feed, now, fetched.Error ?? "Gone (410)."), fetched.Outcome, 0, 0);
            case FetchOutcome.RateLimited or FetchOutcome.Failed:
                LogFeedFailed(feed.Url, fetched.Error);
                return new FeedPollResult(schedule.Failed(feed, now, fetched.Error ?? "Failed.", fetched.RetryAfter), fetched.Outcome, 0, 0);
            default:
                return await ParseAndProcessAsync(feed, fetched, notAfter, discoveryHops, cancellationToken);
        }
    }

    private async Task<FeedPollResult> ParseAndProcessAsync(WatchedFeed feed, FetchResult fetched, DateTimeOffset notAfter, int discoveryHops, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var parsed = ParseWithinDeadline(feed, fetched, cancellationToken);
        // A page naming its web feed is followed once, and the feed's URL kept only if it works;
        // a page that leads to another page, or to a non-web address, is an error.
        if (parsed.DiscoveredFeedUrl is { Scheme: "http" or "https" } discovered && discoveryHops == 0 && discovered != feed.Url && WatchedFeed.IsWatchableUrl(discovered))
        {
            var followed = await FetchAndProcessAsync(feed with { Url = discovered, ETag = null, LastModified = null }, notAfter, cancellationToken, discoveryHops + 1);
            return followed.IsFailure ? followed with { Feed = followed.Feed with { Url = feed.Url } } : followed;
        }

        if (!parsed.IsSuccess)
        {
            var error = parsed.Error ?? $"{feed.Url} is a web page whose advertised feed is another web page.";
            LogFeedFailed(feed.Url, error);
            return new FeedPollResult(schedule.Failed(feed, now, error), FetchOutcome.Failed, 0, 0);
        }

        // Items are recorded before the new validators: a crash in between must not let a
        // 304 hide items that were never written. Items raising no alert are recorded done
        // straight away; only alerting ones stay pending until their alert is written.
        var hinted = parsed.Items.Select(item => item with { Language = item.Language ?? feed.Language }).ToList();
        var isFirstPoll = feed.LastSuccessAt is null && feed.ItemCount == 0 && feed.PendingSince is null;
        // Marking the feed pending writes its row: later writes go over the version it made.
        var marked = feed;
        var admitted = await processor.AdmitAsync(hinted, isFirstPoll, async () => marked = await RecordAsync(feed with { PendingSince = now }, cancellationToken), cancellationToken);
        var alerts = await processor.FinishAsync(admitted.Pending, cancellationToken);
        var newItems = admitted.Pending.Count + admitted.Settled;
        var hint = PollingPace.Longest(fetched.FreshFor, parsed.IntervalHint);
        var done = schedule.Succeeded(Learnt(marked, fetched, parsed), now, admitted.NewPosts, hint) with { PendingSince = null, ItemCount = marked.ItemCount + newItems };
        return new FeedPollResult(done, FetchOutcome.Fetched, newItems, alerts);
    }

    /// <summary>
    /// Parses under its own deadline as well as the cycle's token: a body that is slow to read
    /// costs its feed one failed poll (and a back-off), never the cycle.
    /// </summary>
    private ParseResult ParseWithinDeadline(WatchedFeed feed, FetchResult fetched, CancellationToken cancellationToken)
    {
        var timeout = options.Value.ParseTimeout;
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            // A search source is known by its URL: its engine's answers need their own reading.
            var url = fetched.FinalUrl ?? feed.Url;
            return SearchEngines.Of(feed.Url) is { } engine
                ? searchParser.Parse(engine, feed.Id, url, fetched.Body, fetched.ContentType, linked.Token)
                : parser.Parse(feed.Id, url, fetched.Body, fetched.ContentType, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ParseResult.Failure(string.Create(
                CultureInfo.InvariantCulture,
                $"Reading the feed took longer than {timeout.TotalSeconds:0.#} s and was stopped ({fetched.Body.Length} bytes)."));
        }
    }

    /// <summary>The feed with what a fetch taught: new validators, the title and language it lacked, and where it moved for good.</summary>
    private static WatchedFeed Learnt(WatchedFeed feed, FetchResult fetched, ParseResult parsed) => feed with
    {
        // A URL too long to store whole is not adopted: the old one still redirects there.
        Url = fetched.PermanentUrl is { } moved && WatchedFeed.IsWatchableUrl(moved) ? moved : feed.Url,
        Title = feed.Title ?? parsed.Title,
        Language = feed.Language ?? parsed.Language,
        ETag = fetched.ETag,
        LastModified = fetched.LastModified,
    };

    /// <summary>Finishes items a dead cycle left pending on this feed; returns the alerts they raised.</summary>
    private async Task<int> FinishPendingAsync(WatchedFeed feed, CancellationToken cancellationToken)
    {
        if (feed.PendingSince is null)
            return 0;
        return await processor.FinishAsync(await items.ListPendingAsync(feed.Id, cancellationToken), cancellationToken);
    }

    /// <summary>Writes the poll's state of the feed; returns the feed as stored, or as it was when it was removed meanwhile.</summary>
    private async Task<WatchedFeed> RecordAsync(WatchedFeed feed, CancellationToken cancellationToken)
    {
        if (await feeds.RecordPollAsync(feed, cancellationToken) is { } stored)
            return stored;
        LogFeedRemoved(feed.Url);
        return feed;
    }

    private async Task TryRecordAsync(WatchedFeed feed, CancellationToken cancellationToken)
    {
        try
        {
            await RecordAsync(feed, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFeedCrashed(ex, feed.Url);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll cycle: {Feeds} feeds polled, {NotModified} not modified, {Failed} failed, {NewItems} new items, {Alerts} alerts, {Deferred} deferred")]
    private partial void LogCycle(int feeds, int notModified, int failed, int newItems, int alerts, int deferred);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} failed: {Error}")]
    private partial void LogFeedFailed(Uri url, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url} was removed while it was polled: its poll is not recorded")]
    private partial void LogFeedRemoved(Uri url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {Url} crashed")]
    private partial void LogFeedCrashed(Exception exception, Uri url);
}
