using System.Text.Json;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Webhooks;

public sealed class WebhookBodyTests
{
    private static readonly DateTimeOffset At = new(2024, 5, 17, 18, 0, 0, TimeSpan.Zero);

    private static readonly Alert Alert = new(
        Alert.IdFor("f", "i", At), At, AlertEvent.Dissolution, [AlertEvent.Dissolution, AlertEvent.Departure], 0.91, "fr",
        ["OpenAI"], ["Jan Leike"], ["Superalignment"], [new Evidence("dissout", 7, "event", "dissolution cue (fr)")],
        "OpenAI dissout son équipe Superalignment", "Résumé.", new Uri("https://presse.example/a"),
        [new AlertSource("Presse", new Uri("https://presse.example/a"), "fr", At, "f", "i")]);

    private static readonly WebhookMessage Created = new("msg_1", WebhookMessage.AlertCreated, At, Alert);

    [Fact]
    public void Standard_IsTypeTimestampAndTheAlertAsData()
    {
        using var body = Parse(WebhookFormat.Standard, out var contentType);

        Assert.Equal("application/json", contentType);
        Assert.Equal("alert.created", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(At, body.RootElement.GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal(Alert.Id, body.RootElement.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("dissolution", body.RootElement.GetProperty("data").GetProperty("event").GetString());
    }

    [Fact]
    public void CloudEvents_IsAStructuredVersion1EventWithTheMessageId()
    {
        using var body = Parse(WebhookFormat.CloudEvents, out var contentType);

        Assert.Equal("application/cloudevents+json", contentType);
        Assert.Equal("1.0", body.RootElement.GetProperty("specversion").GetString());
        Assert.Equal("msg_1", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("org.newswatch.alert.created", body.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("source").GetString()));
        Assert.Equal(Alert.Title, body.RootElement.GetProperty("data").GetProperty("title").GetString());
    }

    [Fact]
    public void Slack_HasFallbackTextAndASectionLinkingTheReport()
    {
        using var body = Parse(WebhookFormat.Slack, out _);

        Assert.Contains(Alert.Title, body.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var section = body.RootElement.GetProperty("blocks")[0];
        Assert.Equal("section", section.GetProperty("type").GetString());
        Assert.Contains("<https://presse.example/a|", section.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_CarriesAnAdaptiveCardWithTheEvidence()
    {
        using var body = Parse(WebhookFormat.Teams, out _);

        var attachment = body.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains(card.GetProperty("body").EnumerateArray(), block => block.GetProperty("text").GetString()!.Contains("dissout", StringComparison.Ordinal));
        Assert.Equal("https://presse.example/a", card.GetProperty("actions")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Discord_HasContentAndAnEmbedWithTitleAndUrl()
    {
        using var body = Parse(WebhookFormat.Discord, out _);

        var embed = body.RootElement.GetProperty("embeds")[0];
        Assert.Equal(Alert.Title, embed.GetProperty("title").GetString());
        Assert.Equal("https://presse.example/a", embed.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("content").GetString()));
    }

    [Theory]
    [InlineData(WebhookFormat.Standard)]
    [InlineData(WebhookFormat.CloudEvents)]
    [InlineData(WebhookFormat.Slack)]
    [InlineData(WebhookFormat.Teams)]
    [InlineData(WebhookFormat.Discord)]
    public void Ping_RendersInEveryFormat(WebhookFormat format)
    {
        var (body, _) = WebhookBody.Render(new WebhookMessage("msg_ping", WebhookMessage.Ping, At, null), format);

        Assert.Contains("test message", body, StringComparison.Ordinal);
    }

    private static JsonDocument Parse(WebhookFormat format, out string contentType)
    {
        (var body, contentType) = WebhookBody.Render(Created, format);
        return JsonDocument.Parse(body);
    }

    [Fact]
    public void Slack_EscapesFeedTextSoATitleCannotPingTheChannel()
    {
        var hostile = Created with { Alert = Alert with { Title = "<!channel> Lab & team", Sources = [Alert.Sources[0] with { Outlet = "<@U123>" }] } };

        var (body, _) = WebhookBody.Render(hostile, WebhookFormat.Slack);

        // Slack reads the JSON strings, so the check is on them, not on the escaped bytes.
        using var json = JsonDocument.Parse(body);
        var text = json.RootElement.GetProperty("text").GetString()!;
        var section = json.RootElement.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("&lt;!channel&gt; Lab &amp; team", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U123>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_ParsesNoMentions()
    {
        using var body = Parse(WebhookFormat.Discord, out _);

        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }
}

