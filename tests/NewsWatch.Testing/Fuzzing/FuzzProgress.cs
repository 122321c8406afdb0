namespace NewsWatch.Testing.Fuzzing;

/// <summary>Where a fuzz run has got to.</summary>
/// <param name="WorstClean">The highest time ratio and allocation per byte of the inputs that broke nothing: how close to the bounds ordinary damage comes.</param>
public sealed record FuzzProgress(int Inputs, int Findings, long BytesParsed, TimeSpan Elapsed, (double TimeRatio, double AllocatedPerByte) WorstClean)
{
    public override string ToString() =>
        $"{Elapsed:hh\\:mm\\:ss}  {Inputs:N0} inputs ({Inputs / Math.Max(1, Elapsed.TotalSeconds):N0}/s, {BytesParsed / 1048576.0:N1} MiB)  {Findings} findings"
        + $"  worst clean: {WorstClean.TimeRatio:N1}x plain time, {WorstClean.AllocatedPerByte:N0} bytes allocated per byte";
}
