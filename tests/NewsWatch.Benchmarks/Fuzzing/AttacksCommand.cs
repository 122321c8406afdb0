using System.Globalization;
using NewsWatch.Core.Feeds;
using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>
/// <c>attacks</c>: each attack of the catalogue at each size against a plain feed of the same
/// size, as a markdown table of parse cost per MB (CPU time of the parsing thread, least of three
/// runs; wall time beside it) and bytes allocated per byte of body.
/// </summary>
internal static class AttacksCommand
{
    private const string Usage = "Usage: attacks [--sizes 64K,256K,1M,4M] [--budget 120] [--only doctype-repeated,gzip-bomb]";

    /// <summary>Past a second a parse is not repeated: noise cannot change what it shows.</summary>
    private static readonly TimeSpan RepeatBelow = TimeSpan.FromSeconds(1);

    public static int Run(IReadOnlyList<string> args)
    {
        if (!AttackArguments.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine($"{error}\n{Usage}");
            return 2;
        }

        var meter = new ParseMeter(TimeSpan.FromSeconds(options.BudgetSeconds));
        meter.WarmUp();
        var baseline = new PlainBaseline(meter);
        Console.WriteLine($"FeedParser.Parse, least of 3 runs, {(ThreadCpuClock.IsThreadTime ? "CPU time of the parsing thread" : "wall-clock time")}, "
            + $"{Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| input | body bytes | ms | ms per MB | x plain per byte | wall ms | allocated per byte | outcome |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var size in options.Sizes)
        {
            var (length, plain) = baseline.At(size);
            Print("plain", length, plain, "1", Outcome(plain, expanded: false));
        }

        foreach (var attack in AttackCatalogue.All.Where(a => options.Only is null || options.Only.Contains(a.Name)))
            RunAttack(attack, options, meter, baseline);

        Console.WriteLine();
        if (meter.Abandoned > 0)
            Console.WriteLine($"{meter.Abandoned} parses were given up on and kept running: the rows after them shared the machine with them.");
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return 0;
    }

    private static void RunAttack(Attack attack, AttackArguments options, ParseMeter meter, PlainBaseline baseline)
    {
        var done = new List<(int Size, TimeSpan Elapsed)>();
        foreach (var size in options.Sizes)
        {
            if (Predicted(done, size) is { } predicted && predicted.TotalSeconds > options.BudgetSeconds)
            {
                Console.WriteLine(Invariant($"| {attack.Name} | ~{size:N0} | | | | | | not run: about {predicted.TotalSeconds:N0} s expected from the smaller sizes |"));
                continue;
            }

            var measured = AttackCost.Measure(attack, size, meter, baseline, RepeatBelow);
            if (measured.Cost.GaveUp)
            {
                Console.WriteLine(Invariant($"| {attack.Name} | {measured.BodyBytes:N0} | | | | | | **did not finish in {options.BudgetSeconds:N0} s** (given up; it keeps a core busy for the rest of the run) |"));
                return;
            }

            Print(attack.Name, measured.BodyBytes, measured.Cost, Invariant($"{measured.TimeRatio:N1}"), Outcome(measured.Cost, measured.Expanded));
            done.Add((size, measured.Cost.Elapsed));
        }
    }

    private static void Print(string name, int bodyBytes, ParseCost cost, string ratio, string outcome)
    {
        var milliseconds = cost.CpuTime.TotalMilliseconds;
        Console.WriteLine(Invariant($"| {name} | {bodyBytes:N0} | {milliseconds:N1} | {milliseconds / (bodyBytes / 1048576.0):N1} | {ratio} | {cost.Elapsed.TotalMilliseconds:N1} | {cost.AllocatedBytes / (double)bodyBytes:N1} | {outcome} |"));
    }

    /// <summary>Time at <paramref name="size"/> from the growth seen so far (assumed quadratic from one point).</summary>
    private static TimeSpan? Predicted(List<(int Size, TimeSpan Elapsed)> done, int size)
    {
        if (done.Count == 0)
            return null;
        var (lastSize, lastTime) = done[^1];
        var exponent = done.Count > 1 && done[^2] is var (s, t) && t > TimeSpan.Zero
            ? Math.Clamp(Math.Log(lastTime / t) / Math.Log(lastSize / (double)s), 1, 2)
            : 2;
        return lastTime * Math.Pow(size / (double)lastSize, exponent);
    }

    private static string Outcome(ParseCost cost, bool expanded)
    {
        if (cost.Escaped is { } escaped)
            return $"THREW {escaped.GetType().Name}";
        var result = cost.Result!;
        var longest = result.Items.Count == 0 ? 0 : result.Items.Max(i => i.Title.Length);
        var outcome = result switch
        {
            { DiscoveredFeedUrl: { } url } => $"discovered {url}",
            { Error: { } error } => "error: " + (error.Length > 60 ? error[..60] + "…" : error).Replace("|", "\\|", StringComparison.Ordinal),
            _ => Invariant($"{result.Items.Count:N0} items, longest title {longest:N0} chars"),
        };
        return expanded ? "**entity expanded**; " + outcome : outcome;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
