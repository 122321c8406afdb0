using System.CommandLine;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands;

/// <summary><c>newswatch poll</c>: fetch due feeds, classify new items, record alerts and their deliveries.</summary>
internal static class PollCommand
{
    public static Command Create()
    {
        var once = CycleOptions.Once();
        var interval = CycleOptions.Interval(60);
        var command = new Command("poll", "Poll the due feeds, classify new items and record alerts. Exits 0 even when feeds fail: each failure is reported and stored on its feed.")
        {
            once, interval,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            await DefaultFeeds.EnsureAsync(host.Get<FeedStore>(), output, token);
            var cycle = host.Get<PollCycle>();
            var time = host.Get<TimeProvider>();
            async Task PollOnce(CancellationToken t) => await SummaryPrinter.WriteAsync(output, await cycle.RunAsync(t), time.GetUtcNow());
            if (parse.GetValue(once))
                await PollOnce(token);
            else
                await CycleLoop.RunAsync(TimeSpan.FromSeconds(parse.GetValue(interval)), PollOnce, parse.InvocationConfiguration.Error, token);
            return 0;
        }, ct));
        return command;
    }
}
