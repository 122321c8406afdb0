namespace NewsWatch.Cli.Commands;

/// <summary>Repeats a cycle at a fixed interval until the user stops it (Ctrl+C).</summary>
internal static class CycleLoop
{
    public static async Task RunAsync(TimeSpan interval, Func<CancellationToken, Task> cycle, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            await cycle(cancellationToken);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
