using System.Diagnostics;
using System.Text;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// Times a synchronous <see cref="FeedParser.Parse"/> (wall clock and the thread's CPU time) and
/// counts what it allocates. Repetitions keep the least of each, so a neighbour's burst of CPU on
/// a shared machine does not count against the parser; a repetition that is hopeless anyway ends
/// the series early. Each parse runs on a thread of its own, so one that never ends (an
/// exponential backtrack) can be given up on: it cannot be stopped, but it no longer blocks.
/// </summary>
public sealed class ParseMeter(TimeSpan? giveUpAfter = null)
{
    private static readonly Uri FeedUrl = new("https://fuzz.example/feed");
    private readonly FeedParser parser = new(TimeProvider.System);

    /// <summary>How long one parse may run before it is given up on (wall clock).</summary>
    public TimeSpan GiveUpAfter { get; } = giveUpAfter ?? TimeSpan.FromMinutes(1);

    /// <summary>Parses given up on. Each is still running on its own thread, taking a core, until the process ends.</summary>
    public int Abandoned { get; private set; }

    /// <summary>
    /// Runs every path of the parser enough times for the JIT to finish with it, so the first
    /// measured body is not charged for compilation, nor the plain feed measured at a slower tier.
    /// </summary>
    public void WarmUp()
    {
        byte[][] shapes =
        [
            PlainFeed.OfSize(16 * 1024),
            Gzip.Compress(PlainFeed.OfSize(4 * 1024)),
            Encoding.UTF8.GetBytes("<html><head><title>t</title><link rel=\"alternate\" type=\"text/html\" href=\"/x\"></head></html>"),
            Encoding.UTF8.GetBytes("{\"version\":\"1.1\",\"items\":[{\"title\":\"a\"}]}"),
            PlainFeed.OfSize(4 * 1024)[..3000],
        ];
        for (var round = 0; round < 40; round++)
        {
            foreach (var shape in shapes)
                Once(shape);
        }

        // Methods that crossed the call-count threshold are recompiled on a background thread.
        Thread.Sleep(TimeSpan.FromMilliseconds(300));
    }

    /// <summary>
    /// Parses <paramref name="body"/> up to <paramref name="repetitions"/> times, stopping early once a
    /// repetition takes more CPU time than <paramref name="hopelessAfter"/>.
    /// </summary>
    public ParseCost Measure(byte[] body, int repetitions = 1, TimeSpan? hopelessAfter = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ParseCost? best = null;
        for (var i = 0; i < Math.Max(1, repetitions); i++)
        {
            if (repetitions > 1)
                GC.Collect();
            var cost = Once(body);
            best = best is null ? cost : best with
            {
                Elapsed = cost.Elapsed < best.Elapsed ? cost.Elapsed : best.Elapsed,
                CpuTime = cost.CpuTime < best.CpuTime ? cost.CpuTime : best.CpuTime,
                AllocatedBytes = Math.Min(cost.AllocatedBytes, best.AllocatedBytes),
            };
            if (cost.Escaped is not null || cost.GaveUp || cost.CpuTime > hopelessAfter)
                break;
        }

        return best!;
    }

    private ParseCost Once(byte[] body)
    {
        ParseCost? cost = null;
        var thread = new Thread(() => cost = OnThisThread(body)) { IsBackground = true, Name = "Parse under measurement" };
        thread.Start();
        if (thread.Join(GiveUpAfter))
            return cost!;
        Abandoned++;
        return new ParseCost(GiveUpAfter, GiveUpAfter, 0, null, null) { GaveUp = true };
    }

    private ParseCost OnThisThread(byte[] body)
    {
        ParseResult? result = null;
        Exception? escaped = null;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        var start = Stopwatch.GetTimestamp();
        try
        {
            result = parser.Parse("fuzz", FeedUrl, body, null);
        }
#pragma warning disable CA1031 // Whatever escapes is the finding: it is recorded, not handled.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            escaped = ex;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpu = ThreadCpuClock.Now() - cpuBefore;
        return new ParseCost(elapsed, cpu, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, result, escaped);
    }
}
