namespace NewsWatch.Benchmarks.Load;

/// <summary>Dispatches <c>load feeds</c> and <c>load webhooks</c>; returns the process exit code.</summary>
internal static class LoadCommand
{
    private const string Usage = """
        Usage:
          load feeds    [--feeds 1000] [--items 50] [--parallel P] [--runs 1]
          load webhooks [--alerts 1000] [--subscriptions 10] [--fail 0.3] [--seed 1] [--runs 1]
          load polite   [--feeds 1000] [--hosts 20] [--items 5] [--latency 200] [--runs 1]
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!LoadArguments.TryParse(args.Skip(1), out var options, out var error))
        {
            await Console.Error.WriteLineAsync($"{error}\n{Usage}");
            return 2;
        }

        // A run that hangs must still end: the whole harness is bounded.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            limit.Cancel();
        };
        var exitCode = 0;
        for (var run = 1; run <= options.Runs; run++)
        {
            if (options.Runs > 1)
                Console.WriteLine($"Run {run} of {options.Runs}");
            var code = args[0] switch
            {
                "feeds" => await FeedLoad.RunAsync(options, limit.Token),
                "webhooks" => await WebhookLoad.RunAsync(options, limit.Token),
                "polite" => await PoliteLoad.RunAsync(options, limit.Token),
                _ => -1,
            };
            if (code == -1)
            {
                await Console.Error.WriteLineAsync($"Unknown harness '{args[0]}'.\n{Usage}");
                return 2;
            }

            exitCode = Math.Max(exitCode, code);
        }

        return exitCode;
    }
}
