using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Feeds.Politeness;

/// <summary>
/// Keeps NewsWatch polite to every host it fetches from, across parallel polls and across
/// cycles (one gate lives as long as the process): at most so many requests in flight to a
/// host, at least so long between two starts, and a whole host held back when one of its
/// feeds answers Retry-After. Waiting for a host's turn holds no global slot, so a slow
/// host never idles the polls of the others.
/// </summary>
public sealed class HostGate(IOptions<FeedOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>The longest a Retry-After may hold a host back: a server asking for days is asking to be polled again later, not never.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromHours(6);

    /// <summary>Hosts remembered before idle ones are forgotten: far more than a cycle's hosts.</summary>
    private const int MaxLanes = 10_000;

    private readonly ConcurrentDictionary<string, HostLane> lanes = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim globalSlots = new(options.Value.MaxParallelFeeds, options.Value.MaxParallelFeeds);

    /// <summary>Pauses this process was asked for and has not passed on yet (see <see cref="TakeNewPauses"/>).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> newPauses = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Waits for the host's turn, then for a global slot. Returns null, having waited no
    /// longer, when the turn cannot come by <paramref name="notAfter"/>: the caller leaves the
    /// request for a later cycle.
    /// </summary>
    public async Task<HostLease?> EnterAsync(Uri url, DateTimeOffset? notAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var lane = Lane(url.Host);
        if (!await WaitAsync(lane.Slots, notAfter, cancellationToken))
            return null;
        try
        {
            while (true)
            {
                var wait = lane.NextStart - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    if (notAfter is { } deadline && lane.NextStart > deadline)
                        break;
                    await Task.Delay(wait, time, cancellationToken);
                }

                await globalSlots.WaitAsync(cancellationToken);
                if (lane.TryStart(time.GetUtcNow()))
                    return new HostLease(lane.Slots, globalSlots);
                // Another request of this host took the turn meanwhile: give the slot back and wait again.
                globalSlots.Release();
            }
        }
        catch
        {
            lane.Slots.Release();
            throw;
        }

        lane.Slots.Release();
        return null;
    }

    /// <summary>Holds every request to the URL's host back for <paramref name="wait"/> (at most <see cref="MaxPause"/>).</summary>
    public void SlowDown(Uri url, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (wait <= TimeSpan.Zero)
            return;
        var until = time.GetUtcNow() + (wait < MaxPause ? wait : MaxPause);
        Lane(url.Host).PauseUntil(until);
        Remember(url.Host, until);
    }

    /// <summary>Gives back a pause that could not be passed on, to be passed on with the next ones.</summary>
    public void ReturnPause(string host, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        Remember(host, until);
    }

    private void Remember(string host, DateTimeOffset until)
    {
        if (host.Length > 0 && (newPauses.ContainsKey(host) || newPauses.Count < MaxLanes))
            newPauses.AddOrUpdate(host, until, (_, earlier) => earlier > until ? earlier : until);
    }

    /// <summary>Holds every request to <paramref name="host"/> back until <paramref name="until"/> (at most <see cref="MaxPause"/> from now): a pause another instance was asked for.</summary>
    public void PauseUntil(string host, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var latest = time.GetUtcNow() + MaxPause;
        Lane(host).PauseUntil(until < latest ? until : latest);
    }

    /// <summary>The pauses hosts asked of this process since the last call, for the instances that share its hosts to learn.</summary>
    public IReadOnlyList<KeyValuePair<string, DateTimeOffset>> TakeNewPauses()
    {
        var taken = new List<KeyValuePair<string, DateTimeOffset>>();
        foreach (var host in newPauses.Keys)
        {
            if (newPauses.TryRemove(host, out var until))
                taken.Add(new(host, until));
        }

        return taken;
    }

    /// <summary>The limits that apply to a host: its own, a search engine's, or the default.</summary>
    public HostLimits LimitsFor(string host) => options.Value.LimitsFor(host);

    /// <summary>When the host may next be asked (its gap, or a Retry-After pause); long past for a host not asked yet.</summary>
    public DateTimeOffset NextTurn(string host) => lanes.TryGetValue(host, out var lane) ? lane.NextStart : DateTimeOffset.MinValue;

    public void Dispose()
    {
        globalSlots.Dispose();
        foreach (var lane in lanes.Values)
            lane.Slots.Dispose();
    }

    private HostLane Lane(string host)
    {
        if (lanes.Count >= MaxLanes)
            ForgetIdleLanes();
        return lanes.GetOrAdd(host, h => new HostLane(LimitsFor(h)));
    }

    /// <summary>
    /// Drops the lanes of hosts with nothing in flight whose turn and pause are long over: they
    /// remember nothing a new lane would not. Redirects to ever-new hosts must not grow the gate
    /// for the life of the process.
    /// </summary>
    private void ForgetIdleLanes()
    {
        var longOver = time.GetUtcNow() - MaxPause;
        foreach (var (host, lane) in lanes)
        {
            if (lane.NextStart < longOver && lane.Slots.CurrentCount == lane.Limits.MaxInFlight)
                lanes.TryRemove(host, out _);
        }
    }

    private async Task<bool> WaitAsync(SemaphoreSlim slots, DateTimeOffset? notAfter, CancellationToken cancellationToken)
    {
        if (notAfter is not { } deadline)
        {
            await slots.WaitAsync(cancellationToken);
            return true;
        }

        var left = deadline - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
            return slots.Wait(0, cancellationToken);
        using var timeout = new CancellationTokenSource(left, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await slots.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
