using System.CommandLine;

namespace NewsWatch.Cli.Commands;

/// <summary>Input a user must correct: one line on stderr and exit code 2, the usage-error convention.</summary>
internal static class InvalidInput
{
    public const int ExitCode = 2;

    public static async Task<int> ReportAsync(ParseResult parse, string message)
    {
        ArgumentNullException.ThrowIfNull(parse);
        await parse.InvocationConfiguration.Error.WriteLineAsync($"newswatch: {message}");
        return ExitCode;
    }
}
