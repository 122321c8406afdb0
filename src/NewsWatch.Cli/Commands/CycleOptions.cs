using System.CommandLine;

namespace NewsWatch.Cli.Commands;

/// <summary>The options of verbs that run a cycle once or on a loop.</summary>
internal static class CycleOptions
{
    public static Option<bool> Once() => new("--once") { Description = "Run one cycle, print its summary and exit." };

    public static Option<int> Interval(int defaultSeconds) => new("--interval")
    {
        Description = "Seconds between cycles when looping.",
        DefaultValueFactory = _ => defaultSeconds,
        Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--interval must be at least 1 second."); } },
    };
}
