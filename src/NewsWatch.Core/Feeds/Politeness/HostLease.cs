namespace NewsWatch.Core.Feeds.Politeness;

/// <summary>The right to send one request to a host; disposing it frees the host's slot and the global one.</summary>
public sealed class HostLease : IDisposable
{
    private readonly SemaphoreSlim hostSlots;
    private readonly SemaphoreSlim globalSlots;
    private int disposed;

    internal HostLease(SemaphoreSlim hostSlots, SemaphoreSlim globalSlots)
    {
        this.hostSlots = hostSlots;
        this.globalSlots = globalSlots;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        globalSlots.Release();
        hostSlots.Release();
    }
}
