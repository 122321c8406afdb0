using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Classification;
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
        // One loopback server stands for a thousand outlets: per-host politeness would serialise
        // them all, and this harness measures the pipeline. `load polite` measures politeness.
        var settings = new Dictionary<string, string?>
        {
            ["NewsWatch:Feeds:Hosts:MaxInFlight"] = "64",
            ["NewsWatch:Feeds:Hosts:MinGap"] = "00:00:00",
        };
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

        Console.WriteLine($"Load average before: {ProcessMemory.LoadAverage()}");
        using var requests = new StorageRequests();
        var first = await TimeAsync(cycle, requests, host.AzuritePid, cancellationToken);
        host.Time.Advance(feedOptions.PollInterval + TimeSpan.FromSeconds(1));
        var second = await TimeAsync(cycle, requests, host.AzuritePid, cancellationToken);

        PrintTable([("1 (all new)", first), ("2 (all 304)", second)]);
        Console.WriteLine($"Load average after: {ProcessMemory.LoadAverage()}");
        var peak = ProcessMemory.PeakWorkingSetMb();
        Console.WriteLine($"Peak working set (harness process: pipeline, feed server, {documents.Sum(d => d.LongLength) / 1024 / 1024} MB of rendered feeds): {peak:F0} MB");
        if (ProcessMemory.Resident(host.AzuritePid) is { } node)
            Console.WriteLine($"Azurite node process (pid {host.AzuritePid}): peak RSS {node.PeakMb:F0} MB, now {node.CurrentMb:F0} MB");

        ReportClassificationCost(host.Get<Classifier>(), options);

        var expected = options.Feeds * options.Items;
        var correct = first.Summary.NewItems == expected && first.Summary.Failed == 0 && second.Summary.NotModified == options.Feeds && second.Summary.NewItems == 0;
        if (!correct)
            await Console.Error.WriteLineAsync($"Unexpected counts: cycle 1 {first.Summary}; cycle 2 {second.Summary}; expected {expected} new items then {options.Feeds} not modified.");
        // The targets are set for the full 1,000 x 50 run; a smaller run says nothing about them.
        if (options.Feeds == 1000 && options.Items == 50)
            Console.WriteLine($"Targets (1,000 x 50): cycle 1 <= {FirstCycleTarget.TotalSeconds} s: {Verdict(first.Elapsed <= FirstCycleTarget)}; "
                + $"cycle 2 <= {NotModifiedTarget.TotalSeconds} s: {Verdict(second.Elapsed <= NotModifiedTarget)}; "
                + $"peak working set < {PeakWorkingSetTargetMb} MB: {Verdict(peak < PeakWorkingSetTargetMb)}");
        return correct ? 0 : 1;
    }

    /// <summary>Classification alone, warm, on one thread: the share of cycle 1 no storage change can remove.</summary>
    private static void ReportClassificationCost(Classifier classifier, LoadArguments options)
    {
        var sample = Enumerable.Range(0, Math.Min(options.Feeds, 40))
            .SelectMany(feed => Enumerable.Range(0, options.Items).Select(item => FeedCorpus.Story(feed, item, options.Items)))
            .ToList();
        var watch = Stopwatch.StartNew();
        var score = sample.Sum(story => classifier.Classify(story.Title, story.Summary, "en").Score);
        var perItem = watch.Elapsed / Math.Max(1, sample.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Classification alone (warm, one thread, {sample.Count} items, score sum {score:F0}): {perItem.TotalMicroseconds:F0} us/item, so {(perItem * options.Feeds * options.Items).TotalSeconds:F1} s of CPU for cycle 1"));
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static async Task<CycleRun> TimeAsync(PollCycle cycle, StorageRequests requests, int? azuritePid, CancellationToken cancellationToken)
    {
        var requestsBefore = requests.Count;
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var nodeBefore = ProcessMemory.CpuTime(azuritePid) ?? TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        var summary = await cycle.RunAsync(cancellationToken);
        var elapsed = watch.Elapsed;
        var nodeCpu = (ProcessMemory.CpuTime(azuritePid) ?? TimeSpan.Zero) - nodeBefore;
        return new CycleRun(summary, elapsed, requests.Count - requestsBefore, Environment.CpuUsage.TotalTime - cpuBefore, nodeCpu);
    }

    private static void PrintTable(IEnumerable<(string Name, CycleRun Run)> cycles)
    {
        Console.WriteLine();
        Console.WriteLine($"{"cycle",-12} {"feeds",6} {"304",6} {"failed",6} {"items",7} {"seconds",8} {"items/s",8} {"alerts",6} {"storage req",11} {"req/feed",8} {"cpu .NET s",10} {"cpu node s",10}");
        foreach (var (name, run) in cycles)
        {
            var summary = run.Summary;
            var itemsPerSecond = summary.NewItems / run.Elapsed.TotalSeconds;
            var perFeed = summary.FeedsPolled == 0 ? 0 : (double)run.StorageRequests / summary.FeedsPolled;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {summary.FeedsPolled,6} {summary.NotModified,6} {summary.Failed,6} {summary.NewItems,7} {run.Elapsed.TotalSeconds,8:F2} {itemsPerSecond,8:F0} {summary.Alerts,6} {run.StorageRequests,11} {perFeed,8:F1} {run.DotnetCpu.TotalSeconds,10:F1} {run.NodeCpu.TotalSeconds,10:F1}"));
        }

        Console.WriteLine();
    }

    private sealed record CycleRun(PollSummary Summary, TimeSpan Elapsed, long StorageRequests, TimeSpan DotnetCpu, TimeSpan NodeCpu);
}
