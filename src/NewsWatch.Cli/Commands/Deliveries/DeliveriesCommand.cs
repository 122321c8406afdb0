using System.CommandLine;

namespace NewsWatch.Cli.Commands.Deliveries;

/// <summary><c>newswatch deliveries</c>: look into and resend a subscription's webhooks.</summary>
internal static class DeliveriesCommand
{
    public static Command Create() => new("deliveries", "List a subscription's webhook deliveries, and send failed (or recent) ones again.")
    {
        Subcommands = { ListDeliveriesCommand.Create(), ReplayDeliveriesCommand.Create() },
    };
}
