using System.CommandLine;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands;

/// <summary><c>newswatch run</c>: the whole pipeline on a loop, as the Functions app runs it in Azure, with its dashboard and API.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var interval = CycleOptions.Interval(60);
        var port = DashboardOptions.Port();
        var noDashboard = DashboardOptions.NoDashboard();
        var command = new Command(
            "run",
            "Run NewsWatch locally until Ctrl+C: poll the feeds and deliver webhooks every interval, and serve the dashboard and API on a loopback port. Starts local Azurite when needed.")
        {
            interval,
            port,
            noDashboard,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            await DefaultFeeds.EnsureAsync(host.Get<FeedStore>(), output, token);
            await using var server = parse.GetValue(noDashboard) ? null : await DashboardStart.StartAsync(host, parse.GetValue(port), output, token);
            var poll = host.Get<PollCycle>();
            var deliver = host.Get<DeliveryCycle>();
            var time = host.Get<TimeProvider>();
            await output.WriteLineAsync("NewsWatch is running. Press Ctrl+C to stop.");
            var errors = parse.InvocationConfiguration.Error;
            var every = TimeSpan.FromSeconds(parse.GetValue(interval));
            // Polling and delivering fail apart: a poll that fails still lets due webhooks go out.
            await CycleLoop.RunAsync(every, async t =>
            {
                await CycleLoop.RunOnceAsync(async c => await SummaryPrinter.WriteAsync(output, await poll.RunAsync(c), time.GetUtcNow()), errors, t);
                await CycleLoop.RunOnceAsync(async c => await SummaryPrinter.WriteAsync(output, await deliver.RunAsync(c), time.GetUtcNow()), errors, t);
            }, errors, token);
            return 0;
        }, ct));
        return command;
    }
}
