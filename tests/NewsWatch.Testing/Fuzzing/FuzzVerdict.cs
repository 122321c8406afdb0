namespace NewsWatch.Testing.Fuzzing;

/// <summary>One input, what parsing it cost, and the invariants it broke (none, normally).</summary>
/// <param name="TimeRatio">Time per byte against a plain feed's, when time was checked.</param>
public sealed record FuzzVerdict(byte[] Body, long ChargedBytes, ParseCost Cost, double? TimeRatio, IReadOnlyList<InvariantViolation> Violations)
{
    public bool IsClean => Violations.Count == 0;

    public double AllocatedPerByte => Cost.AllocatedBytes / (double)ChargedBytes;

    public override string ToString() => IsClean
        ? $"{Body.Length} bytes: clean"
        : $"{Body.Length} bytes (charged {ChargedBytes}), {(Cost.GaveUp ? "given up on" : $"parsed in {Cost.CpuTime.TotalMilliseconds:N0} ms of CPU")}: {string.Join("; ", Violations)}";
}
