namespace NewsWatch.Testing.Fuzzing;

/// <summary>How long a fuzz run goes on and what it tries; it stops at whichever limit comes first.</summary>
public sealed record FuzzOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Whether each seed is checked as it is before the mutants (a restarted run has done that already).</summary>
    public bool CheckSeeds { get; init; } = true;

    /// <summary>Mutants to try after the seeds themselves; null for no limit.</summary>
    public int? Iterations { get; init; }

    public TimeSpan? Duration { get; init; }

    /// <summary>The longest body tried (before gzip): long enough for superlinear costs to show.</summary>
    public int MaxLength { get; init; } = 256 * 1024;

    /// <summary>Whether time is checked too; a short pass in CI checks only what a single run can show for sure.</summary>
    public bool Timed { get; init; } = true;

    /// <summary>Findings saved at most for each invariant: a known bug found a thousand ways needs a few examples, not a thousand.</summary>
    public int MaxSaved { get; init; } = 20;

    /// <summary>
    /// Where each body is written just before it is parsed, so that an input which kills the
    /// process (a stack overflow cannot be caught) is still there afterwards.
    /// </summary>
    public string? InProgressFile { get; init; }
}
