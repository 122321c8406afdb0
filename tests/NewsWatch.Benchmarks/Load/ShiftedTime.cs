namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// The system clock moved forward on demand, so the next poll or retry is due without
/// sleeping; timers (request timeouts) still run in real time.
/// </summary>
internal sealed class ShiftedTime : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
