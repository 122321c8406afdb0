using System.Globalization;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>Writes a subscription for a person: which alerts it wants and in which shape, and its state.</summary>
internal static class SubscriptionText
{
    public static async Task WriteFiltersAsync(TextWriter output, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(subscription);
        var view = SubscriptionView.Of(subscription);
        await output.WriteLineAsync($"  events:     {AllOr(view.Events.Select(e => e.ToString().ToLowerInvariant()))}");
        await output.WriteLineAsync($"  orgs:       {AllOr(view.Orgs)}");
        await output.WriteLineAsync($"  languages:  {AllOr(view.Languages)}");
        await output.WriteLineAsync($"  min score:  {view.MinScore.ToString(CultureInfo.InvariantCulture)}");
        await output.WriteLineAsync($"  format:     {view.Format}");
        await output.WriteLineAsync($"  updates:    {(view.NotifyUpdates ? "sent (alert.updated)" : "not sent")}");
    }

    public static async Task WriteStateAsync(TextWriter output, Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(subscription);
        await output.WriteLineAsync($"  state:      {State(subscription)}");
        await output.WriteLineAsync($"  created:    {Time(subscription.CreatedAt)}");
        if (subscription.FailingSince is { } failing)
            await output.WriteLineAsync($"  failing since: {Time(failing)}");
        if (subscription.PreviousSecretExpiresAt is { } expires && expires > now)
            await output.WriteLineAsync($"  previous secret still signs until {Time(expires)}");
    }

    public static string State(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.IsEnabled ? "enabled" : $"disabled ({subscription.DisabledReason ?? "no reason recorded"})";
    }

    public static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string AllOr(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? "all" : string.Join(", ", list);
    }
}
