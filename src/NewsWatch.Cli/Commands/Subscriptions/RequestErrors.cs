using System.CommandLine;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>Core's field-by-field refusal of a subscription, as one line per problem naming the argument to fix; exit 2.</summary>
internal static class RequestErrors
{
    public static async Task<int> ReportAsync(ParseResult parse, InvalidRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Errors.Count == 0)
            return await InvalidInput.ReportAsync(parse, exception.Message);
        foreach (var (field, messages) in exception.Errors)
        {
            foreach (var message in messages)
                await InvalidInput.ReportAsync(parse, OptionFor(field) is { } option ? $"{option}: {message}" : message);
        }

        return InvalidInput.ExitCode;
    }

    private static string? OptionFor(string field) => field switch
    {
        "url" => "<url>",
        "events" => "--event",
        "orgs" => "--org",
        "languages" => "--lang",
        "minScore" => "--min-score",
        "format" => "--format",
        "notifyUpdates" => "--updates",
        _ => null,
    };
}
