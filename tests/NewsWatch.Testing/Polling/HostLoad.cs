using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsWatch.Testing.Polling;

/// <summary>
/// What one host's server saw of its clients: how many requests were in flight at most, and the
/// shortest time between two requests' arrivals. Measured on the server, where politeness counts.
/// </summary>
public sealed class HostLoad
{
    private readonly Lock gate = new();
    private readonly ConcurrentQueue<TimeSpan> arrivals = new();
    private int inFlight;
    private int maxInFlight;

    public int MaxInFlight => maxInFlight;

    public int Requests => arrivals.Count;

    /// <summary>The shortest time between two arrivals; null with fewer than two.</summary>
    public TimeSpan? ShortestGap
    {
        get
        {
            var sorted = arrivals.Order().ToList();
            return sorted.Count < 2 ? null : sorted.Zip(sorted.Skip(1), (a, b) => b - a).Min();
        }
    }

    /// <summary>Counts a request from its arrival until <paramref name="answer"/> has finished.</summary>
    public async Task CountAsync(Func<Task> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (gate)
        {
            arrivals.Enqueue(Stopwatch.GetElapsedTime(0));
            inFlight++;
            maxInFlight = Math.Max(maxInFlight, inFlight);
        }

        try
        {
            await answer();
        }
        finally
        {
            lock (gate)
                inFlight--;
        }
    }
}
