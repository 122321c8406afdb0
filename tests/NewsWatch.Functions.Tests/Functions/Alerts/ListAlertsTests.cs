using NewsWatch.Core.Classification;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Alerts;

public sealed class ListAlertsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_AnswersAlertsNewestFirst_WithEvidenceAndSources()
    {
        await using var host = FunctionsHost.Create(azurite);
        await StoredAlerts.AddAsync(host, "Older departure", AlertEvent.Departure, Now.AddHours(-2), Ct);
        await StoredAlerts.AddAsync(host, "Newer dissolution", AlertEvent.Dissolution, Now.AddHours(-1), Ct);
        var call = HttpCall.Get("/api/alerts");

        var answer = await call.AnswerAsync(host.Function<ListAlerts>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        var alerts = answer.Json.GetProperty("alerts").EnumerateArray().ToList();
        Assert.Equal(["Newer dissolution", "Older departure"], alerts.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("dissolution", alerts[0].GetProperty("event").GetString());
        Assert.Equal(2, alerts[0].GetProperty("evidence").GetArrayLength());
        Assert.Equal("News Example", alerts[0].GetProperty("sources")[0].GetProperty("outlet").GetString());
        Assert.False(answer.Json.TryGetProperty("continuationToken", out _));
    }

    [Fact]
    public async Task List_FiltersByEventOrgAndLanguage()
    {
        await using var host = FunctionsHost.Create(azurite);
        await StoredAlerts.AddAsync(host, "English departure at OpenAI", AlertEvent.Departure, Now.AddHours(-3), Ct);
        await StoredAlerts.AddAsync(host, "French departure at OpenAI", AlertEvent.Departure, Now.AddHours(-2), Ct, language: "fr");
        await StoredAlerts.AddAsync(host, "English departure at Anthropic", AlertEvent.Departure, Now.AddHours(-1), Ct, org: "Anthropic");
        await StoredAlerts.AddAsync(host, "English dissolution at OpenAI", AlertEvent.Dissolution, Now.AddMinutes(-30), Ct);
        var call = HttpCall.Get("/api/alerts", "event=departure&org=openai&lang=en");

        var answer = await call.AnswerAsync(host.Function<ListAlerts>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        var alert = Assert.Single(answer.Json.GetProperty("alerts").EnumerateArray());
        Assert.Equal("English departure at OpenAI", alert.GetProperty("title").GetString());
    }

    [Fact]
    public async Task List_PagesWithTheContinuationToken_UntilTheLastPage()
    {
        await using var host = FunctionsHost.Create(azurite);
        for (var i = 1; i <= 3; i++)
            await StoredAlerts.AddAsync(host, $"Departure {i}", AlertEvent.Departure, Now.AddHours(-i), Ct);

        var first = HttpCall.Get("/api/alerts", "limit=2");
        var page1 = await first.AnswerAsync(host.Function<ListAlerts>().Run(first.Request, Ct));
        var token = page1.Json.GetProperty("continuationToken").GetString();
        var second = HttpCall.Get("/api/alerts", "limit=2&continuationToken=" + Uri.EscapeDataString(token!));
        var page2 = await second.AnswerAsync(host.Function<ListAlerts>().Run(second.Request, Ct));

        Assert.Equal(["Departure 1", "Departure 2"], page1.Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(["Departure 3"], page2.Json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.False(page2.Json.TryGetProperty("continuationToken", out _));
    }

    [Fact]
    public async Task List_SinceAndUntil_KeepOnlyAlertsCreatedInThatRange()
    {
        await using var host = FunctionsHost.Create(azurite);
        await StoredAlerts.AddAsync(host, "Too old", AlertEvent.Departure, Now.AddDays(-3), Ct);
        await StoredAlerts.AddAsync(host, "In range", AlertEvent.Departure, Now.AddDays(-2), Ct);
        await StoredAlerts.AddAsync(host, "Too new", AlertEvent.Departure, Now.AddHours(-1), Ct);
        var query = $"since={Now.AddDays(-2.5):yyyy-MM-ddTHH:mm:ssZ}&until={Now.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}";
        var call = HttpCall.Get("/api/alerts", query);

        var answer = await call.AnswerAsync(host.Function<ListAlerts>().Run(call.Request, Ct));

        Assert.Equal("In range", Assert.Single(answer.Json.GetProperty("alerts").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("event=explosion", "event")]
    [InlineData("event=none", "event")]
    [InlineData("event=3", "event")]
    [InlineData("lang=english", "lang")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("since=tomorrow", "since")]
    [InlineData("since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "since")]
    [InlineData("continuationToken=abc", "continuationToken")]
    [InlineData("orgs=OpenAI", "orgs")]
    public async Task List_WithABadParameter_Answers400NamingIt(string query, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/alerts", query);

        var answer = await call.AnswerAsync(host.Function<ListAlerts>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
    }
}
