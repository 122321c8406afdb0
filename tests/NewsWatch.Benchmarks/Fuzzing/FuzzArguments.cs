using System.Globalization;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>The options of <c>fuzz</c>; by default ten minutes from seed 1 into the tests' regression folder.</summary>
internal sealed record FuzzArguments
{
    public int Seed { get; init; } = 1;

    public double Minutes { get; init; } = 10;

    public int? Iterations { get; init; }

    public string? Out { get; init; }

    public int MaxBytes { get; init; } = 256 * 1024;

    /// <summary>Whether the seeds are checked as they are first (a restarted worker has done that already).</summary>
    public bool CheckSeeds { get; init; } = true;

    /// <summary>The same options as arguments, for a worker process.</summary>
    public IEnumerable<string> ToArguments()
    {
        string[] numbers = ["--seed", Invariant(Seed), "--minutes", Invariant(Minutes), "--max-bytes", Invariant(MaxBytes), "--check-seeds", CheckSeeds ? "1" : "0"];
        return [.. numbers, .. Iterations is { } k ? ["--iterations", Invariant(k)] : Array.Empty<string>(), .. Out is { } o ? ["--out", o] : Array.Empty<string>()];
    }

    public static bool TryParse(IReadOnlyList<string> args, out FuzzArguments parsed, out string? error)
    {
        parsed = new FuzzArguments();
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var (name, value) = (args[i], i + 1 < args.Count ? args[i + 1] : null);
            if (value is null)
            {
                error = $"{name} needs a value.";
                return false;
            }

            var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : (double?)null;
            FuzzArguments? next = (name, number) switch
            {
                ("--out", _) => parsed with { Out = value },
                ("--seed", { } seed) => parsed with { Seed = (int)seed },
                ("--minutes", { } minutes) => parsed with { Minutes = minutes },
                ("--iterations", { } iterations) => parsed with { Iterations = (int)iterations },
                ("--max-bytes", { } bytes) => parsed with { MaxBytes = Math.Max(1, (int)bytes) },
                ("--check-seeds", { } check) => parsed with { CheckSeeds = check != 0 },
                _ => null,
            };
            if (next is null)
            {
                error = $"Unknown option {name} or not a non-negative number: '{value}'.";
                return false;
            }

            parsed = next;
        }

        return true;
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
