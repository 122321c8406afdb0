namespace NewsWatch.Core.Feeds.Politeness;

/// <summary>One host's queue: its free request slots and when the next request may start.</summary>
internal sealed class HostLane(HostLimits limits)
{
    private readonly Lock turn = new();
    private DateTimeOffset nextStart = DateTimeOffset.MinValue;

    public SemaphoreSlim Slots { get; } = new(limits.MaxInFlight, limits.MaxInFlight);

    public HostLimits Limits => limits;

    public DateTimeOffset NextStart
    {
        get
        {
            lock (turn)
                return nextStart;
        }
    }

    /// <summary>Starts a request now if the host's gap has passed; the check and the claim are one step, so two starts are never closer than the gap.</summary>
    public bool TryStart(DateTimeOffset now)
    {
        lock (turn)
        {
            if (now < nextStart)
                return false;
            nextStart = now + limits.MinGap;
            return true;
        }
    }

    /// <summary>Keeps every request off the host until <paramref name="until"/> (a Retry-After), never shortening a longer pause.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (turn)
        {
            if (until > nextStart)
                nextStart = until;
        }
    }
}
