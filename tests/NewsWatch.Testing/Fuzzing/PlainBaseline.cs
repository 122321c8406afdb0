namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// What a plain feed of a given size costs to parse in this process and on this machine right
/// now: the denominator of every ratio, measured in the same run as what it is compared with.
/// </summary>
public sealed class PlainBaseline(ParseMeter meter)
{
    // The yardstick for every ratio, so it gets more runs than what it measures.
    private const int Repetitions = 5;
    private readonly Dictionary<int, (int Length, ParseCost Cost)> measured = [];

    /// <summary>A plain feed of about <paramref name="size"/> bytes, measured the first time (least of five runs) and remembered.</summary>
    public (int Length, ParseCost Cost) At(int size)
    {
        if (!measured.TryGetValue(size, out var entry))
        {
            entry = Exact(size);
            measured[size] = entry;
        }

        return entry;
    }

    /// <summary>A plain feed of about <paramref name="size"/> bytes, measured now and not remembered (any size may come up once).</summary>
    public (int Length, ParseCost Cost) Exact(int size)
    {
        var body = PlainFeed.OfSize(size);
        return (body.Length, meter.Measure(body, Repetitions));
    }

    /// <summary>Measures the plain feed of about <paramref name="size"/> bytes again, for a comparison made right after it.</summary>
    public (int Length, ParseCost Cost) Remeasure(int size)
    {
        measured.Remove(size);
        return At(size);
    }

    /// <summary>
    /// A cheap first look for screening: the plain feed at the power of two at or below
    /// <paramref name="size"/>, so a small difference in size never needs a new measurement.
    /// </summary>
    public (int Length, ParseCost Cost) Near(long size)
    {
        var bucket = (int)Math.Max(FuzzBounds.FloorBytes, Math.Min(FuzzBounds.BodyLimitBytes, size));
        return At(1 << (31 - int.LeadingZeroCount(bucket)));
    }

    /// <summary>CPU time per byte of <paramref name="cost"/> over a body of <paramref name="bytes"/>, against the plain feed's CPU time per byte.</summary>
    public static double TimeRatio(ParseCost cost, long bytes, (int Length, ParseCost Cost) plain)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var plainPerByte = plain.Cost.CpuTime.TotalMicroseconds / plain.Length;
        return cost.CpuTime.TotalMicroseconds / bytes / plainPerByte;
    }
}
