using System.Globalization;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>The options of <c>attacks</c>: the sizes to generate each attack at, and how long one parse may be expected to take.</summary>
internal sealed record AttackArguments
{
    public IReadOnlyList<int> Sizes { get; init; } = [64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];

    /// <summary>A size whose parse is predicted (from the smaller sizes) to take longer than this is not run, and a parse still running after it is given up on.</summary>
    public double BudgetSeconds { get; init; } = 120;

    public IReadOnlyList<string>? Only { get; init; }

    public static bool TryParse(IReadOnlyList<string> args, out AttackArguments parsed, out string? error)
    {
        parsed = new AttackArguments();
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var (name, value) = (args[i], i + 1 < args.Count ? args[i + 1] : null);
            var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (double?)null;
            AttackArguments? next = (name, number) switch
            {
                ("--sizes", _) when ParseSizes(value) is { } sizes => parsed with { Sizes = sizes },
                ("--only", _) when value is not null => parsed with { Only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                ("--budget", { } seconds) => parsed with { BudgetSeconds = seconds },
                _ => null,
            };
            if (next is null)
            {
                error = $"Unknown option {name}, or a bad value: '{value}'.";
                return false;
            }

            parsed = next;
        }

        return true;
    }

    /// <summary>"64K,256K,1M" as bytes (K and M are binary: KiB and MiB).</summary>
    private static List<int>? ParseSizes(string? value)
    {
        var sizes = new List<int>();
        foreach (var part in value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            var (digits, unit) = char.ToUpperInvariant(part[^1]) switch
            {
                'K' => (part[..^1], 1024),
                'M' => (part[..^1], 1024 * 1024),
                _ => (part, 1),
            };
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
                return null;
            sizes.Add(count * unit);
        }

        return sizes.Count > 0 ? sizes : null;
    }
}
