using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsWatch.Core;
using NewsWatch.Core.Webhooks;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscribe &lt;url&gt;</c>: send signed webhooks for matching alerts to an endpoint.</summary>
internal static class SubscribeCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The endpoint that receives the webhooks: an absolute https URL." };
        var events = Repeatable("--event", "Only alerts of this event: arrival, formation, resources, restructuring, departure or dissolution. Repeatable; every event when left out.");
        var orgs = Repeatable("--org", "Only alerts naming this organisation (e.g. OpenAI). Repeatable; every organisation when left out.");
        var languages = Repeatable("--lang", "Only alerts reported in this language, an ISO 639-1 code such as en or fr. Repeatable; every language when left out.");
        var minScore = new Option<string?>("--min-score") { Description = "Only alerts scoring at least this, between 0 and 1 (default 0)." };
        var format = new Option<string?>("--format") { Description = "The body's shape: standard (Standard Webhooks JSON, the default), cloudevents, slack, teams or discord." };
        var updates = new Option<bool>("--updates") { Description = "Also send alert.updated when a later report joins an alert already sent." };
        var json = new Option<bool>("--json") { Description = "Print the new subscription, its whole URL and its secret as a JSON object for scripts." };
        var command = new Command("subscribe", "Send signed webhooks for matching alerts to an endpoint. Prints the subscription's id, its secret and its whole URL; the secret and the whole URL are shown only this once (other verbs mask the URL).")
        {
            url, events, orgs, languages, minScore, format, updates, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryReadScore(parse.GetValue(minScore), out var score))
                return await InvalidInput.ReportAsync(parse, $"--min-score expects a number between 0 and 1, got '{parse.GetValue(minScore)}'.");
            var request = new SubscriptionRequest(parse.GetValue(url))
            {
                Events = parse.GetValue(events) ?? [],
                Orgs = parse.GetValue(orgs) ?? [],
                Languages = parse.GetValue(languages) ?? [],
                MinScore = score,
                Format = parse.GetValue(format),
                NotifyUpdates = parse.GetValue(updates),
            };
            return await CommandRunner.RunAsync(parse, (host, output, token) => SubscribeAsync(parse, host.Get<WebhookSubscriptions>(), request, parse.GetValue(json), token), ct);
        });
        return command;
    }

    /// <summary>Reads the score as typed anywhere (a dot, whatever the locale); its range is Core's to check.</summary>
    private static bool TryReadScore(string? text, out double? score)
    {
        score = null;
        if (text is null)
            return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return false;
        score = value;
        return true;
    }

    private static Option<string[]> Repeatable(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = false };

    private static async Task<int> SubscribeAsync(ParseResult parse, WebhookSubscriptions subscriptions, SubscriptionRequest request, bool json, CancellationToken cancellationToken)
    {
        CreatedSubscription created;
        try
        {
            created = await subscriptions.CreateAsync(request, cancellationToken);
        }
        catch (InvalidRequestException ex)
        {
            return await RequestErrors.ReportAsync(parse, ex);
        }

        var output = parse.InvocationConfiguration.Output;
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(CreatedView.Of(created), NewsWatchJson.Indented));
            return 0;
        }

        await output.WriteLineAsync($"Subscribed {created.Subscription.Id} to {created.Subscription.Url}");
        await output.WriteLineAsync($"Secret: {created.Secret}");
        await output.WriteLineAsync("Store the secret now: it is shown only this once. Receivers check each webhook's signature with it.");
        await SubscriptionText.WriteFiltersAsync(output, created.Subscription);
        return 0;
    }
}
