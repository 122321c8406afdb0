using System.CommandLine;
using NewsWatch.Cli.Commands;
using NewsWatch.Cli.Commands.Alerts;
using NewsWatch.Cli.Commands.Classification;
using NewsWatch.Cli.Commands.DataKeys;
using NewsWatch.Cli.Commands.Deliveries;
using NewsWatch.Cli.Commands.Feeds;
using NewsWatch.Cli.Commands.Sources;
using NewsWatch.Cli.Commands.Subscriptions;
using NewsWatch.Cli.Hosting;

namespace NewsWatch.Cli;

/// <summary>The <c>newswatch</c> command line: its global options and verbs.</summary>
internal static class CliApp
{
    public static RootCommand Create() => new("NewsWatch: alerts when the people, teams and resources doing AI-safety work change.")
    {
        Options = { GlobalOptions.Storage, GlobalOptions.Settings },
        Subcommands =
        {
            RunCommand.Create(), PollCommand.Create(), DeliverCommand.Create(), FeedsCommand.Create(), SourcesCommand.Create(),
            SubscribeCommand.Create(), SubscriptionsCommand.Create(), AlertsCommand.Create(), DeliveriesCommand.Create(),
            ClassifyCommand.Create(), EvalCommand.Create(), AuditLexiconsCommand.Create(), DataKeyCommand.Create(),
        },
    };
}
