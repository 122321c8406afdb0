using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsWatch.Core;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions list</c>: every subscription, what it wants and whether it is enabled.</summary>
internal static class ListSubscriptionsCommand
{
    private static readonly string[] Headers = ["ID", "STATE", "FORMAT", "EVENTS", "LANGS", "MIN SCORE", "URL"];

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array (camelCase fields, no secrets) for scripts instead of a table." };
        var command = new Command("list", "List the subscriptions: state (and why disabled), format, events, languages, minimum score and URL.") { json };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptions = (await host.Get<WebhookSubscriptions>().ListAsync(token))
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).Select(SubscriptionView.Of).ToList();
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(subscriptions, NewsWatchJson.Indented));
            else
                await WriteTableAsync(output, subscriptions);
            return 0;
        }, ct));
        return command;
    }

    private static async Task WriteTableAsync(TextWriter output, List<SubscriptionView> subscriptions)
    {
        if (subscriptions.Count == 0)
        {
            await output.WriteLineAsync("No subscriptions. Add one with 'newswatch subscribe <url>'.");
            return;
        }

        var rows = subscriptions.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteLineAsync(string.Join("  ", rows[i].Select((cell, column) => column == Headers.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
            if (i > 0 && !subscriptions[i - 1].Enabled)
                await output.WriteLineAsync($"    disabled: {subscriptions[i - 1].DisabledReason ?? "no reason recorded"}");
        }
    }

    private static string[] Cells(SubscriptionView s) =>
    [
        s.Id,
        s.Enabled ? (s.FailingSince is null ? "enabled" : "failing") : "disabled",
        s.Format,
        s.Events.Count == 0 ? "all" : string.Join(",", s.Events.Select(e => e.ToString().ToLowerInvariant())),
        s.Languages.Count == 0 ? "all" : string.Join(",", s.Languages),
        s.MinScore.ToString(CultureInfo.InvariantCulture),
        s.Url.AbsoluteUri,
    ];
}
