using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// The polling harness: N generated feeds on loopback, imported and polled twice through the
/// real pipeline and Azurite. Cycle 1 finds every item new (fetch, parse, dedup, classify,
/// store, alert); cycle 2 gets 304 from every feed.
/// </summary>
internal static class FeedLoad
{
    private static readonly TimeSpan FirstCycleTarget = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NotModifiedTarget = TimeSpan.FromSeconds(3);
    private const double PeakWorkingSetTargetMb = 400;

    public static async Task<int> RunAsync(LoadArguments options, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (options.Parallel is { } parallel)
            settings["NewsWatch:Feeds:MaxParallelFeeds"] = parallel.ToString(CultureInfo.InvariantCulture);

        var now = DateTimeOffset.UtcNow;
        var documents = Enumerable.Range(0, options.Feeds).Select(feed => FeedCorpus.Render(feed, options.Items, now)).ToList();
        await using var server = await FeedServer.StartAsync(documents);
        await using var host = await LoadHost.StartAsync(settings, cancellationToken);
        var feeds = host.Get<FeedStore>();
        var outlines = Enumerable.Range(0, options.Feeds).Select(feed => new OpmlFeed($"Outlet {feed}", server.FeedUrl(feed), "en"));
        await feeds.ImportAsync(outlines, cancellationToken);
        var cycle = host.Get<PollCycle>();
        var feedOptions = host.Get<IOptions<FeedOptions>>().Value;
        Console.WriteLine($"{options.Feeds} feeds x {options.Items} items ({documents.Sum(d => d.LongLength) / 1024 / 1024} MB of RSS), "
            + $"{FeedCorpus.AlertReportsIn(options.Feeds, options.Items)} AI-safety reports, MaxParallelFeeds {feedOptions.MaxParallelFeeds}, "
            + $"{Environment.ProcessorCount} cores");

        var first = await TimeAsync(cycle, cancellationToken);
        host.Time.Advance(feedOptions.PollInterval + TimeSpan.FromSeconds(1));
        var second = await TimeAsync(cycle, cancellationToken);

        PrintTable([("1 (all new)", first), ("2 (all 304)", second)]);
        var peak = ProcessMemory.PeakWorkingSetMb();
        Console.WriteLine($"Peak working set (harness process: pipeline, feed server, {documents.Sum(d => d.LongLength) / 1024 / 1024} MB of rendered feeds): {peak:F0} MB");
        if (ProcessMemory.Resident(host.AzuritePid) is { } node)
            Console.WriteLine($"Azurite node process (pid {host.AzuritePid}): peak RSS {node.PeakMb:F0} MB, now {node.CurrentMb:F0} MB");

        var expected = options.Feeds * options.Items;
        var correct = first.Summary.NewItems == expected && first.Summary.Failed == 0 && second.Summary.NotModified == options.Feeds && second.Summary.NewItems == 0;
        if (!correct)
            await Console.Error.WriteLineAsync($"Unexpected counts: cycle 1 {first.Summary}; cycle 2 {second.Summary}; expected {expected} new items then {options.Feeds} not modified.");
        Console.WriteLine($"Targets (1,000 x 50): cycle 1 <= {FirstCycleTarget.TotalSeconds} s: {Verdict(first.Elapsed <= FirstCycleTarget)}; "
            + $"cycle 2 <= {NotModifiedTarget.TotalSeconds} s: {Verdict(second.Elapsed <= NotModifiedTarget)}; "
            + $"peak working set < {PeakWorkingSetTargetMb} MB: {Verdict(peak < PeakWorkingSetTargetMb)}");
        return correct ? 0 : 1;
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static async Task<(PollSummary Summary, TimeSpan Elapsed)> TimeAsync(PollCycle cycle, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var summary = await cycle.RunAsync(cancellationToken);
        return (summary, watch.Elapsed);
    }

    private static void PrintTable(IEnumerable<(string Name, (PollSummary Summary, TimeSpan Elapsed) Run)> cycles)
    {
        Console.WriteLine();
        Console.WriteLine($"{"cycle",-12} {"feeds",6} {"304",6} {"failed",6} {"items",7} {"seconds",8} {"items/s",8} {"alerts",6}");
        foreach (var (name, (summary, elapsed)) in cycles)
        {
            var itemsPerSecond = summary.NewItems / elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {summary.FeedsPolled,6} {summary.NotModified,6} {summary.Failed,6} {summary.NewItems,7} {elapsed.TotalSeconds,8:F2} {itemsPerSecond,8:F0} {summary.Alerts,6}"));
        }

        Console.WriteLine();
    }
}
