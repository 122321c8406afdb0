using System.CommandLine;
using Azure;
using Microsoft.Extensions.Options;
using NewsWatch.Cli.Hosting;

namespace NewsWatch.Cli.Commands;

/// <summary>
/// Runs a verb's body inside a started <see cref="CliHost"/>, and turns the failures a user
/// can fix (bad configuration, storage unreachable) into one clear line instead of a stack trace.
/// </summary>
internal static class CommandRunner
{
    public delegate Task<int> Body(CliHost host, TextWriter output, CancellationToken cancellationToken);

    public static async Task<int> RunAsync(ParseResult parse, Body body, CancellationToken cancellationToken, bool usesStorage = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var output = parse.InvocationConfiguration.Output;
        var errors = parse.InvocationConfiguration.Error;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await using var host = await CliHost.StartAsync(new GlobalOptions(parse), output, usesStorage, stop.Token);
            using var onSignal = host.Stopping.Register(stop.Cancel);
            return await body(host, output, stop.Token);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            await output.WriteLineAsync("Stopped.");
            return 0;
        }
        catch (Exception ex) when (IsUserFixable(ex))
        {
            await errors.WriteLineAsync($"newswatch: {ex.Message}");
            return 1;
        }
    }

    private static bool IsUserFixable(Exception ex) =>
        ex is OptionsValidationException or ArgumentException or InvalidOperationException or InvalidDataException or IOException or System.Text.Json.JsonException or TimeoutException or RequestFailedException
            or System.ComponentModel.Win32Exception or AggregateException { InnerException: RequestFailedException };
}
