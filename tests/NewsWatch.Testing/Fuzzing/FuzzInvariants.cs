using System.Globalization;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// Checks one body against the invariants of issue 10: the parse finishes and no exception escapes
/// it, time per byte stays within <see cref="FuzzBounds.TimeRatio"/> of a plain feed's, allocation
/// and output stay within fixed multiples of the size charged.
/// </summary>
public sealed class FuzzInvariants(ParseMeter meter, PlainBaseline baseline)
{
    private const int ConfirmRepetitions = 3;

    public const string Finishes = "the parse finishes";
    public const string NoException = "no exception escapes";
    public const string BoundedTime = "time per byte within the bound of a plain feed's";
    public const string BoundedAllocation = "allocation within a fixed multiple of the size";
    public const string NoExpansion = "no more text out than came in";

    /// <summary>Parses given up on so far (see <see cref="ParseMeter.Abandoned"/>).</summary>
    public int Abandoned => meter.Abandoned;

    /// <summary>
    /// Parses <paramref name="body"/> once and checks it. Time is checked only when
    /// <paramref name="timed"/>: a single run that looks slow is measured again (fastest of three,
    /// against a plain feed of exactly its size) before it counts.
    /// </summary>
    public FuzzVerdict Check(byte[] body, bool timed = true)
    {
        ArgumentNullException.ThrowIfNull(body);
        var charged = FuzzBounds.ChargedBytes(body);
        var cost = meter.Measure(body);
        var violations = new List<InvariantViolation>();
        if (cost.GaveUp)
            violations.Add(new(Finishes, Invariant($"still running after {meter.GiveUpAfter.TotalSeconds:N0} s; given up on (it goes on running on its own thread)")));
        if (cost.Escaped is { } escaped)
            violations.Add(new(NoException, $"{escaped.GetType().Name}: {escaped.Message.Split('\n')[0].Trim()}"));
        if (cost.AllocatedBytes > FuzzBounds.AllocatedPerByte * charged)
            violations.Add(new(BoundedAllocation, Invariant($"{cost.AllocatedBytes / (double)charged:F0} bytes allocated per byte (bound {FuzzBounds.AllocatedPerByte}; {cost.AllocatedBytes / 1048576.0:F1} MiB for {charged} bytes charged)")));
        if (cost.Result is { } result && OutputChars(result) is var output && output > FuzzBounds.OutputCharsPerByte * charged)
            violations.Add(new(NoExpansion, Invariant($"{output} characters of titles and summaries from {charged} bytes charged")));
        var ratio = timed && cost.Escaped is null && !cost.GaveUp ? TimeRatio(body, charged, cost) : (double?)null;
        if (ratio > FuzzBounds.TimeRatio)
            violations.Add(new(BoundedTime, Invariant($"{ratio:F1}x a plain feed's time per byte (bound {FuzzBounds.TimeRatio}x; {charged} bytes charged)")));
        return new FuzzVerdict(body, charged, cost, ratio, violations);
    }

    /// <summary>
    /// The time ratio at a glance (one run, against the nearest plain size measured), and when that
    /// looks over the bound, measured properly: fastest of three against a plain feed of this size.
    /// </summary>
    private double TimeRatio(byte[] body, long charged, ParseCost first)
    {
        var glance = PlainBaseline.TimeRatio(first, charged, baseline.Near(charged));
        if (glance <= FuzzBounds.TimeRatio)
            return glance;
        var plain = baseline.Exact((int)Math.Min(charged, FuzzBounds.BodyLimitBytes));
        var hopeless = plain.Cost.CpuTime * FuzzBounds.TimeRatio * 3;
        var cost = first.CpuTime > hopeless ? first : meter.Measure(body, ConfirmRepetitions, hopeless);
        return PlainBaseline.TimeRatio(cost, charged, plain);
    }

    /// <summary>The text a parse hands on: what an expanded entity or any other amplification would inflate.</summary>
    public static long OutputChars(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (result.Title?.Length ?? 0) + result.Items.Sum(item => (long)item.Title.Length + item.Summary.Length);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
