using System.CommandLine;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions</c>: the verbs that manage the webhook subscriptions <c>subscribe</c> creates.</summary>
internal static class SubscriptionsCommand
{
    public static Command Create() => new("subscriptions", "List, show, rotate the secret of, disable, enable and delete webhook subscriptions.")
    {
        Subcommands =
        {
            ListSubscriptionsCommand.Create(),
            ShowSubscriptionCommand.Create(),
            RotateSecretCommand.Create(),
            SwitchSubscriptionCommand.Create(enabled: false),
            SwitchSubscriptionCommand.Create(enabled: true),
            DeleteSubscriptionCommand.Create(),
        },
    };
}
