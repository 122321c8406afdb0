using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Feeds.Politeness;
using NewsWatch.Core.Sources;
using NewsWatch.Core.WebSub;
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
    HostGate gate,
    SharedHostPauses pauses,
    FeedIntake intake,
    HubPolling hubs,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<PollCycle> logger)
{
    /// <summary>Poll workers per request slot: the rest of a poll (parsing, classifying, storing) runs outside the slot.</summary>
    private const int WorkersPerSlot = 4;

    private readonly FeedSchedule schedule = new(options.Value);

    public async Task<PollSummary> RunAsync(CancellationToken cancellationToken)
    {
        await pauses.LearnAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = (await feeds.ListAsync(cancellationToken)).Where(feed => feed.IsDue(now)).ToList();
        var subscriptions = await hubs.LoadAsync(cancellationToken);
        var queues = new HostQueues(due, gate);
        var results = new ConcurrentBag<FeedPollResult>();
        var deferred = 0;
        var notAfter = now + options.Value.CycleBudget;
        // A worker never waits on a busy host while another has work (HostQueues), so a few
        // per request slot keep every free host busy while parsing and storage take their time.
        var workers = Enumerable.Range(0, Math.Min(due.Count, options.Value.MaxParallelFeeds * WorkersPerSlot)).Select(_ => Task.Run(async () =>
        {
            while (await NextAsync(queues, notAfter, cancellationToken) is { } feed)
            {
                try
                {
                    var result = await PollFeedAsync(feed, subscriptions.GetValueOrDefault(feed.Id), notAfter, cancellationToken);
                    if (result is null)
                        Interlocked.Increment(ref deferred);
                    else
                        results.Add(result);
                }
                finally
                {
                    queues.Done(feed);
                }
            }
        }, cancellationToken));
        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            // Even a cycle that fails or is stopped passes on what hosts asked of it.
            await pauses.TellAsync(CancellationToken.None);
        }

        var summary = PollSummary.Of([.. results]) with { Deferred = deferred + queues.Remaining };
        LogCycle(summary.FeedsPolled, summary.NotModified, summary.Failed, summary.NewItems, summary.Alerts, summary.Deferred);
        return summary;
    }

    /// <summary>The next feed a worker polls, waiting for a host's turn if none has come; null once the queues are empty or the cycle's budget is spent.</summary>
    private async Task<WatchedFeed?> NextAsync(HostQueues queues, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        while (time.GetUtcNow() <= notAfter)
        {
            var (feed, wait, freed) = queues.Take(time.GetUtcNow());
            if (feed is not null || wait == TimeSpan.Zero)
                return feed;
            // A host whose turn comes only after the budget (a Retry-After pause) is left for a
            // later cycle at once, rather than waited on to the end of this one.
            var left = notAfter - time.GetUtcNow();
            if (left <= TimeSpan.Zero || (wait > left && wait != TimeSpan.MaxValue))
                return null;
            await Task.WhenAny(freed, Task.Delay(wait < left ? wait : left, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        return null;
    }

    /// <summary>Polls one feed; null when its host's turn would come after <paramref name="notAfter"/> and it waits for the next cycle.</summary>
    private async Task<FeedPollResult?> PollFeedAsync(WatchedFeed feed, HubSubscription? subscription, DateTimeOffset notAfter, CancellationToken cancellationToken)
    {
        try
        {
            var recovered = await intake.FinishPendingAsync(feed, cancellationToken);
            var result = await FetchAndProcessAsync(feed, notAfter, cancellationToken);
            // A deferred feed is polled next cycle, and counted as deferred (items a dead cycle left are finished all the same).
            if (result.Outcome == FetchOutcome.Deferred)
            {
                LogDeferred(feed.Url);
                return null;
            }

            if (result.Outcome is FetchOutcome.Fetched or FetchOutcome.NotModified)
                result = result with { Feed = await hubs.AfterPollAsync(result.Feed, result.Hubs, subscription, cancellationToken) };
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
                // A 304 carries no body, so the feed's own ttl is the one it last sent.
                return new FeedPollResult(schedule.Succeeded(feed, now, [], feed.IntervalHint, fetched.FreshFor), fetched.Outcome, 0, 0);
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
        var parsed = ParseWithinDeadline(feed, fetched, cancellationToken);
        // After the parse: undated items are dated when parsed, and must not look newer than the poll.
        var now = time.GetUtcNow();
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
        // 304 hide items that were never written (see FeedIntake).
        var taken = await intake.TakeInAsync(feed, parsed.Items, now, cancellationToken);
        var done = schedule.Succeeded(Learnt(taken.Feed, fetched, parsed), now, taken.NewPosts, parsed.IntervalHint, fetched.FreshFor);
        return new FeedPollResult(done, FetchOutcome.Fetched, taken.NewItems, taken.Alerts) { Hubs = fetched.Hubs.Or(parsed.Hubs) };
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url} waits for the next cycle: its host had no turn free in this one")]
    private partial void LogDeferred(Uri url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Url} was removed while it was polled: its poll is not recorded")]
    private partial void LogFeedRemoved(Uri url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {Url} crashed")]
    private partial void LogFeedCrashed(Exception exception, Uri url);
}
