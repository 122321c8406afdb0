using System.CommandLine;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Cli.Commands;

/// <summary><c>newswatch deliver</c>: send the webhooks that are due.</summary>
internal static class DeliverCommand
{
    public static Command Create()
    {
        var once = CycleOptions.Once();
        var interval = CycleOptions.Interval(15);
        var command = new Command("deliver", "Send due webhook deliveries, retrying failed ones on their schedule.") { once, interval };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var cycle = host.Get<DeliveryCycle>();
            var time = host.Get<TimeProvider>();
            async Task DeliverOnce(CancellationToken t) => await SummaryPrinter.WriteAsync(output, await cycle.RunAsync(t), time.GetUtcNow());
            if (parse.GetValue(once))
                await DeliverOnce(token);
            else
                await CycleLoop.RunAsync(TimeSpan.FromSeconds(parse.GetValue(interval)), DeliverOnce, parse.InvocationConfiguration.Error, token);
            return 0;
        }, ct));
        return command;
    }
}
