namespace NewsWatch.Core.Feeds;

/// <summary>A fetch's deadline, which can stop counting while the fetch waits for something that is not the server.</summary>
internal sealed class FetchDeadline(CancellationTokenSource timeout, TimeSpan budget, TimeProvider time)
{
    private readonly long started = time.GetTimestamp();
    private TimeSpan paused;

    /// <summary>Runs <paramref name="wait"/> with the deadline stopped, then restarts it with what was left.</summary>
    public async Task<T> PausedWhileAsync<T>(Func<Task<T>> wait)
    {
        timeout.CancelAfter(Timeout.InfiniteTimeSpan);
        var before = time.GetTimestamp();
        try
        {
            return await wait();
        }
        finally
        {
            paused += time.GetElapsedTime(before);
            var left = budget - (time.GetElapsedTime(started) - paused);
            if (!timeout.IsCancellationRequested)
                timeout.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }
}
