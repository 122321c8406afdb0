using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Functions.Functions;

/// <summary>Polls the due feeds on the <c>NewsWatch:PollSchedule</c> CRON schedule (every 5 minutes by default).</summary>
public sealed class PollFeeds(PollCycle cycle)
{
    [Function(nameof(PollFeeds))]
    public Task Run([TimerTrigger("%NewsWatch:PollSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        // The cycle logs its own one-line summary; a missed or late tick just polls what is due now.
        cycle.RunAsync(cancellationToken);
}
