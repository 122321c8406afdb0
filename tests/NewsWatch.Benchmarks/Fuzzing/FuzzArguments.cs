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
}
