using System.Globalization;

namespace NewsWatch.Benchmarks.Load;

/// <summary>The harnesses' options; each has a default sized to the target.</summary>
internal sealed record LoadArguments
{
    public int Feeds { get; init; } = 1000;

    public int Items { get; init; } = 50;

    /// <summary>Overrides <c>NewsWatch:Feeds:MaxParallelFeeds</c> when set.</summary>
    public int? Parallel { get; init; }

    public int Alerts { get; init; } = 1000;

    public int Subscriptions { get; init; } = 10;

    /// <summary>The share of webhook requests the receiver fails at random.</summary>
    public double Fail { get; init; }

    public int Seed { get; init; } = 1;

    public int Runs { get; init; } = 1;

    /// <summary>How many hosts the polite-polling harness spreads its feeds over.</summary>
    public int Hosts { get; init; } = 20;

    /// <summary>How long each loopback feed server takes to answer, in milliseconds, as a real server does.</summary>
    public int LatencyMs { get; init; } = 200;

    public static bool TryParse(IEnumerable<string> args, out LoadArguments parsed, out string? error)
    {
        parsed = new LoadArguments();
        error = null;
        using var tokens = args.GetEnumerator();
        while (tokens.MoveNext())
        {
            var name = tokens.Current;
            if (!tokens.MoveNext())
            {
                error = $"{name} needs a value.";
                return false;
            }

            var value = tokens.Current;
            var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
            if (double.IsNaN(number) || number < 0)
            {
                error = $"{name} needs a non-negative number, not '{value}'.";
                return false;
            }

            parsed = name switch
            {
                "--feeds" => parsed with { Feeds = (int)number },
                "--items" => parsed with { Items = (int)number },
                "--parallel" => parsed with { Parallel = (int)number },
                "--alerts" => parsed with { Alerts = (int)number },
                "--subscriptions" => parsed with { Subscriptions = (int)number },
                "--fail" => parsed with { Fail = Math.Min(number, 0.95) },
                "--seed" => parsed with { Seed = (int)number },
                "--runs" => parsed with { Runs = Math.Max(1, (int)number) },
                "--hosts" => parsed with { Hosts = Math.Clamp((int)number, 1, 250) },
                "--latency" => parsed with { LatencyMs = (int)number },
                _ => null!,
            };
            if (parsed is null)
            {
                error = $"Unknown option {name}.";
                return false;
            }
        }

        return true;
    }
}
