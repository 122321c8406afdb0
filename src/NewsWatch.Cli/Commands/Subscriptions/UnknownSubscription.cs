using System.CommandLine;
using NewsWatch.Cli.Commands.Feeds;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>The line for an id no subscription has: a usage error (exit 2), with where to find the ids.</summary>
internal static class UnknownSubscription
{
    public static Task<int> ReportAsync(ParseResult parse, string id) =>
        InvalidInput.ReportAsync(parse, $"No subscription has the id '{id}'. 'newswatch subscriptions list' shows them.");

    public static Argument<string> Argument() =>
        new("id") { Description = "The subscription's id (sub_…), as 'subscribe' printed it and 'subscriptions list' shows it." };
}
