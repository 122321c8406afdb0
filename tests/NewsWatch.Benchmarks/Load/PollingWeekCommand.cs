using System.Globalization;
using NewsWatch.Core.Feeds;
using NewsWatch.Testing.Polling;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// <c>polling-week [--feeds 20] [--seed 7]</c>: a simulated week of feeds of each publishing
/// pattern under the default schedule, against polling every feed every 5 minutes.
/// </summary>
internal static class PollingWeekCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var feeds = Number(args, "--feeds", 20);
        var seed = Number(args, "--seed", 7);
        var options = new FeedOptions();
        var week = PollingWeek.Run(options, feeds, seed);
        Console.WriteLine($"{feeds} feeds per pattern, one simulated week from {PollingWeek.Start:yyyy-MM-dd}, seed {seed}; fixed polling every {options.PollInterval.TotalMinutes:0} min");
        Console.WriteLine();
        Console.WriteLine($"{"pattern",-10} {"posts",6} {"requests",9} {"fixed",7} {"saved",6} {"median delay",13} {"p90 delay",10} {"max delay",10}");
        foreach (var result in week)
            Console.WriteLine(Row(result.Pattern.Name, result.SortedDelays.Count, result.Requests, result.FixedRequests, result));
        var requests = week.Sum(r => r.Requests);
        var fixedRequests = week.Sum(r => r.FixedRequests);
        var saved = 1 - ((double)requests / fixedRequests);
        var daily = week.Where(r => r.Pattern.PostsDaily).SelectMany(r => r.SortedDelays).Order().ToList();
        var median = daily.Count == 0 ? TimeSpan.Zero : daily[daily.Count / 2];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"All feeds: {requests} requests against {fixedRequests} ({saved:P0} fewer, target >= 50 %); feeds posting at least daily: median delay {median.TotalMinutes:F1} min (target <= 10)"));
        return saved >= 0.5 && median <= TimeSpan.FromMinutes(10) ? 0 : 1;
    }

    private static string Row(string name, int posts, int requests, int fixedRequests, PatternResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-10} {posts,6} {requests,9} {fixedRequests,7} {result.Saved,6:P0} {Minutes(result.MedianDelay),13} {Minutes(result.Percentile(0.9)),10} {Minutes(result.Percentile(1)),10}");

    private static string Minutes(TimeSpan delay) => string.Create(CultureInfo.InvariantCulture, $"{delay.TotalMinutes:F1} min");

    private static int Number(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
