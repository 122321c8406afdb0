namespace NewsWatch.Benchmarks.Load;

/// <summary>The webhook harness (next commit).</summary>
internal static class WebhookLoad
{
    public static async Task<int> RunAsync(LoadArguments options, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync("load webhooks is not written yet.");
        return 2;
    }
}
