using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Testing;
using NewsWatch.Testing.Polling;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// The politeness harness: N feeds spread over H hosts (loopback addresses 127.0.0.1 to
/// 127.0.0.H), each server answering after a realistic latency and counting, as it receives
/// them, its requests in flight and the gaps between them. One cycle runs with no host limits
/// and one with the defaults (2 in flight, 1 s apart), each on fresh storage; the limits must
/// hold, and the limited cycle should take at most twice as long for the same work.
/// </summary>
internal static class PoliteLoad
{
    private const double SlowdownTarget = 2.0;

    // Arrival gaps are measured on the server: connection set-up can move one request's arrival by a little.
    private static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync(LoadArguments options, CancellationToken cancellationToken)
    {
        var items = options.Items == new LoadArguments().Items ? 5 : options.Items;
        Console.WriteLine($"{options.Feeds} feeds x {items} items on {options.Hosts} hosts, {options.LatencyMs} ms per answer, {Environment.ProcessorCount} cores");
        var unlimited = await RunCycleAsync(options, items, Unlimited, cancellationToken);
        var limited = await RunCycleAsync(options, items, [], cancellationToken);
        var limits = new FeedOptions().Hosts;
        PrintTable([("no limits", unlimited), ($"{limits.MaxInFlight} in flight, {limits.MinGap.TotalSeconds:0.#} s apart", limited)]);

        var held = limited.MaxInFlight <= limits.MaxInFlight && limited.ShortestGap >= limits.MinGap - ArrivalJitter;
        var slowdown = limited.Elapsed / unlimited.Elapsed;
        var complete = limited.Summary.FeedsPolled == options.Feeds && limited.Summary.Failed == 0 && unlimited.Summary.Failed == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Limits held on every host: {Verdict(held)}; limited cycle {slowdown:F2}x the unlimited one (target <= {SlowdownTarget}x): {Verdict(slowdown <= SlowdownTarget)}; every feed polled: {Verdict(complete)}"));
        return held && complete ? 0 : 1;
    }

    private static readonly Dictionary<string, string?> Unlimited = new()
    {
        ["NewsWatch:Feeds:Hosts:MaxInFlight"] = "64",
        ["NewsWatch:Feeds:Hosts:MinGap"] = "00:00:00",
    };

    private static async Task<CycleRun> RunCycleAsync(LoadArguments options, int items, Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var perHost = (options.Feeds + options.Hosts - 1) / options.Hosts;
        var documents = Enumerable.Range(0, perHost * options.Hosts).Select(feed => FeedCorpus.Render(feed, items, now)).ToList();
        var servers = new List<(LoopbackHost Server, HostLoad Load)>();
        try
        {
            for (var host = 0; host < options.Hosts; host++)
                servers.Add(await StartServerAsync(host, perHost, documents, TimeSpan.FromMilliseconds(options.LatencyMs)));
            await using var app = await LoadHost.StartAsync(settings, cancellationToken);
            var outlines = Enumerable.Range(0, options.Feeds)
                .Select(feed => new OpmlFeed($"Outlet {feed}", new Uri(servers[feed % options.Hosts].Server.BaseUri, $"feeds/{feed}.xml"), "en"));
            await app.Get<FeedStore>().ImportAsync(outlines, cancellationToken);
            var watch = Stopwatch.StartNew();
            var summary = await app.Get<PollCycle>().RunAsync(cancellationToken);
            return new CycleRun(summary, watch.Elapsed, servers.Max(s => s.Load.MaxInFlight), servers.Min(s => s.Load.ShortestGap) ?? TimeSpan.Zero);
        }
        finally
        {
            foreach (var (server, _) in servers)
                await server.DisposeAsync();
        }
    }

    private static async Task<(LoopbackHost, HostLoad)> StartServerAsync(int host, int perHost, List<byte[]> documents, TimeSpan latency)
    {
        var load = new HostLoad();
        var address = IPAddress.Parse($"127.0.0.{host + 1}");
        var server = await LoopbackHost.StartAsync(context => load.CountAsync(() => ServeAsync(context, documents, latency)), address: address);
        return (server, load);
    }

    private static async Task ServeAsync(HttpContext context, List<byte[]> documents, TimeSpan latency)
    {
        await Task.Delay(latency, context.RequestAborted);
        var name = context.Request.Path.Value ?? string.Empty;
        if (!int.TryParse(name.Replace("/feeds/", string.Empty, StringComparison.Ordinal).Replace(".xml", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture, out var feed)
            || feed < 0 || feed >= documents.Count)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.Body.WriteAsync(documents[feed], context.RequestAborted);
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static void PrintTable(IEnumerable<(string Name, CycleRun Run)> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"{"limits",-26} {"feeds",6} {"failed",6} {"seconds",8} {"max in flight/host",18} {"shortest gap ms",15}");
        foreach (var (name, run) in runs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {run.Summary.FeedsPolled,6} {run.Summary.Failed,6} {run.Elapsed.TotalSeconds,8:F1} {run.MaxInFlight,18} {run.ShortestGap.TotalMilliseconds,15:F0}"));
        }

        Console.WriteLine();
    }

    private sealed record CycleRun(PollSummary Summary, TimeSpan Elapsed, int MaxInFlight, TimeSpan ShortestGap);
}
