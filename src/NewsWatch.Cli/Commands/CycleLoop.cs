namespace NewsWatch.Cli.Commands;

/// <summary>Repeats a cycle at a fixed interval until the user stops it (Ctrl+C).</summary>
internal static class CycleLoop
{
    /// <summary>
    /// A cycle that fails (storage briefly unreachable, say) is reported in one line and the
    /// loop goes on: the next tick redoes what it left, as a timer in Azure would.
    /// </summary>
    public static async Task RunAsync(TimeSpan interval, Func<CancellationToken, Task> cycle, TextWriter errors, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            await RunOnceAsync(cycle, errors, cancellationToken);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>Runs one cycle; a failure becomes one line on <paramref name="errors"/> instead of ending the loop.</summary>
    public static async Task RunOnceAsync(Func<CancellationToken, Task> cycle, TextWriter errors, CancellationToken cancellationToken)
    {
        try
        {
            await cycle(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await errors.WriteLineAsync($"newswatch: this cycle failed and is retried next interval: {ex.Message}");
        }
    }
}
