using System.CommandLine;
using NewsWatch.Cli;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

/// <summary>One in-process <c>newswatch</c> invocation against a test host's tables: its exit code, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> InvokeAsync(TestHost host, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApp.Create()
            .Parse([.. args, .. DataKeyUnlessGiven(args), "--storage", host.ConnectionString, "--set", $"NewsWatch:TablePrefix={host.TablePrefix}"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    // The run's own data key, as the test hosts use, unless the test names one.
    private static string[] DataKeyUnlessGiven(string[] args) =>
        args.Any(arg => arg.StartsWith(TestDataKeys.Setting + "=", StringComparison.Ordinal)) ? [] : ["--set", $"{TestDataKeys.Setting}={TestDataKeys.KeyFile}"];
}
