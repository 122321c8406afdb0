using NewsWatch.Core.Feeds;
using NewsWatch.Core.Feeds.Politeness;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// A cycle's due feeds, queued per host and handed to the poll workers so that no worker waits
/// on a busy host while another host has work: a feed is taken only from a host with a worker
/// free under its in-flight limit and whose next turn (<see cref="HostGate"/>) has come. Hosts
/// are taken in turn, each host's feeds longest-waiting first.
/// </summary>
internal sealed class HostQueues
{
    private readonly Lock sync = new();
    private readonly List<HostQueue> hosts;
    private readonly HostGate gate;
    private TaskCompletionSource freed = NewSignal();
    private int turn;

    public HostQueues(IEnumerable<WatchedFeed> due, HostGate gate)
    {
        this.gate = gate;
        hosts = [.. due.GroupBy(feed => feed.Url.Host, StringComparer.OrdinalIgnoreCase)
            .Select(group => new HostQueue(group.Key, gate.LimitsFor(group.Key).MaxInFlight, group.OrderBy(feed => feed.NextPollAt ?? DateTimeOffset.MinValue)))];
    }

    /// <summary>Feeds not handed out yet.</summary>
    public int Remaining
    {
        get
        {
            lock (sync)
                return hosts.Sum(host => host.Waiting.Count);
        }
    }

    /// <summary>
    /// The next feed to poll; or, when no host may be asked now, null with how long until one
    /// may and a task that completes when a worker frees a host sooner. Null with a zero wait:
    /// every feed has been handed out.
    /// </summary>
    public (WatchedFeed? Feed, TimeSpan Wait, Task Freed) Take(DateTimeOffset now)
    {
        lock (sync)
        {
            var soonest = TimeSpan.MaxValue;
            var any = false;
            for (var i = 0; i < hosts.Count; i++)
            {
                var host = hosts[(turn + i) % hosts.Count];
                if (host.Waiting.Count == 0)
                    continue;
                any = true;
                if (host.Active >= host.MaxInFlight)
                    continue;
                var wait = gate.NextTurn(host.Name) - now;
                if (wait > TimeSpan.Zero)
                {
                    soonest = wait < soonest ? wait : soonest;
                    continue;
                }

                turn = (turn + i + 1) % hosts.Count;
                host.Active++;
                return (host.Waiting.Dequeue(), TimeSpan.Zero, Task.CompletedTask);
            }

            return (null, any ? soonest : TimeSpan.Zero, freed.Task);
        }
    }

    /// <summary>A worker is done with a feed of this host: the host may be asked again.</summary>
    public void Done(WatchedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        TaskCompletionSource signal;
        lock (sync)
        {
            hosts.First(host => string.Equals(host.Name, feed.Url.Host, StringComparison.OrdinalIgnoreCase)).Active--;
            signal = freed;
            freed = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class HostQueue(string name, int maxInFlight, IEnumerable<WatchedFeed> feeds)
    {
        public string Name { get; } = name;

        public int MaxInFlight { get; } = maxInFlight;

        public Queue<WatchedFeed> Waiting { get; } = new(feeds);

        public int Active { get; set; }
    }
}
