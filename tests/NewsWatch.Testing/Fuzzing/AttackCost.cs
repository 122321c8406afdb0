using NewsWatch.Core.Feeds;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// What one attack at one size cost, against a plain feed of the same size measured in the same
/// run: time per byte as a ratio (fastest of three each), allocation per byte charged, and
/// whether an entity was expanded into the items.
/// </summary>
public sealed record AttackCost(Attack Attack, int BodyBytes, ParseCost Cost, double TimeRatio, double AllocatedPerByte, bool Expanded)
{
    private const int Repetitions = 3;

    /// <summary>
    /// Measures <paramref name="attack"/> at <paramref name="size"/>. A parse slower than
    /// <paramref name="hopelessAfter"/> is not repeated; a ratio over the bound that is not hopeless
    /// is measured again, plain feed first, in case the machine was busy the first time.
    /// </summary>
    public static AttackCost Measure(Attack attack, int size, ParseMeter meter, PlainBaseline baseline, TimeSpan hopelessAfter)
    {
        ArgumentNullException.ThrowIfNull(attack);
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(baseline);
        var body = attack.Generate(size);
        var plain = baseline.At(size);
        var cost = meter.Measure(body, Repetitions, hopelessAfter);
        var ratio = PlainBaseline.TimeRatio(cost, body.Length, plain);
        if (ratio > FuzzBounds.TimeRatio && cost.CpuTime <= hopelessAfter && cost.Escaped is null)
        {
            plain = baseline.Remeasure(size);
            cost = meter.Measure(body, Repetitions, hopelessAfter);
            ratio = PlainBaseline.TimeRatio(cost, body.Length, plain);
        }

        var allocated = cost.AllocatedBytes / (double)FuzzBounds.ChargedBytes(body);
        return new AttackCost(attack, body.Length, cost, ratio, allocated, Contains(cost.Result, attack.MustNotAppear));
    }

    private static bool Contains(ParseResult? result, string? text) =>
        result is not null && text is not null
        && (result.Title?.Contains(text, StringComparison.Ordinal) == true
            || result.Items.Any(i => i.Title.Contains(text, StringComparison.Ordinal) || i.Summary.Contains(text, StringComparison.Ordinal)));
}
