using System.CommandLine;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>The subscription id the verbs take, and the line for one no subscription has: a usage error (exit 2).</summary>
internal static class SubscriptionId
{
    public static Argument<string> Argument(string name = "id") =>
        new(name) { Description = "The subscription's id (sub_…), as 'subscribe' printed it and 'subscriptions list' shows it." };

    public static string Read(ParseResult parse, Argument<string> argument)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(argument)!.Trim();
    }

    public static Task<int> ReportUnknownAsync(ParseResult parse, string id) =>
        InvalidInput.ReportAsync(parse, $"No subscription has the id '{id}'. 'newswatch subscriptions list' shows them.");
}
