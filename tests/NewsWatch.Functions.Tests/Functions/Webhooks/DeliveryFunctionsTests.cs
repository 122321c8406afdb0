using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Tests.Functions.Alerts;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

/// <summary>The deliveries an admin looks at: per subscription, per alert, and a subscription switched off and on.</summary>
public sealed class DeliveryFunctionsTests(AzuriteFixture azurite)
{
    private static readonly Uri Hook = new("https://127.0.0.1:9/hook");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASubscriptionsDeliveries_AreListedNewestFirst_WithTheirStateAndLastError()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var older = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-3), Ct);
        var newer = await StoredAlerts.AddAsync(host, "Safety team dissolved", AlertEvent.Dissolution, DateTimeOffset.UtcNow.AddHours(-1), Ct);
        await EnqueueAsync(host, id, older, DeliveryState.Dead, "HTTP 410");
        await EnqueueAsync(host, id, newer, DeliveryState.Delivered, null);
        var call = HttpCall.Get($"/api/subscriptions/{id}/deliveries", "limit=10");

        var answer = await call.AnswerAsync(host.Function<ListSubscriptionDeliveries>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        var listed = answer.Json.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal([newer.Id, older.Id], listed.Select(d => d.GetProperty("alertId").GetString()));
        Assert.Equal(["delivered", "dead"], listed.Select(d => d.GetProperty("state").GetString()));
        Assert.Equal("HTTP 410", listed[1].GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task AnUpdateToAnOldStory_IsListedByWhenItWasMade_AndNoticesOlderThanAMonthAreLeftOut()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var now = DateTimeOffset.UtcNow;
        var old = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, now.AddDays(-3), Ct);
        var recent = await StoredAlerts.AddAsync(host, "Safety team dissolved", AlertEvent.Dissolution, now.AddHours(-2), Ct);
        var ancient = await StoredAlerts.AddAsync(host, "Institute renamed", AlertEvent.Restructuring, now.AddDays(-45), Ct);
        await EnqueueAsync(host, id, old, DeliveryState.Delivered, null);
        await EnqueueAsync(host, id, recent, DeliveryState.Delivered, null);
        await EnqueueAsync(host, id, ancient, DeliveryState.Dead, "HTTP 500");
        var joining = new Core.Feeds.NewsItem("feed2", "late-report", "Safety lead resigns", "", null, null, now, "fr", null);
        var update = Delivery.Updated(id, old, Core.Alerts.AlertKey.Of(old.Id)!, joining, now.AddMinutes(-5));
        await host.Get<DeliveryStore>().SaveAsync(update, Ct);
        var call = HttpCall.Get($"/api/subscriptions/{id}/deliveries");

        var answer = await call.AnswerAsync(host.Function<ListSubscriptionDeliveries>().Run(call.Request, id, Ct));

        var listed = answer.Json.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(
            [("alert.updated", old.Id), ("alert.created", recent.Id), ("alert.created", old.Id)],
            listed.Select(d => (d.GetProperty("type").GetString(), d.GetProperty("alertId").GetString())));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("state=dead", "state")]
    public async Task ABadQuery_Answers400NamingTheParameter(string query, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var call = HttpCall.Get($"/api/subscriptions/{id}/deliveries", query);

        var answer = await call.AnswerAsync(host.Function<ListSubscriptionDeliveries>().Run(call.Request, id, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
    }

    [Fact]
    public async Task TheDeliveriesOfAnUnknownSubscription_Answer404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/subscriptions/sub_nope/deliveries");

        var answer = await call.AnswerAsync(host.Function<ListSubscriptionDeliveries>().Run(call.Request, "sub_nope", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }

    [Fact]
    public async Task AnAlertsDeliveries_AreItsNoticesToEverySubscription_AndNoOtherAlerts()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (first, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var (second, _) = await SubscriptionCalls.CreateAsync(host, new Uri("https://127.0.0.1:9/other"), Ct);
        var alert = await StoredAlerts.AddAsync(host, "Safety team dissolved", AlertEvent.Dissolution, DateTimeOffset.UtcNow.AddHours(-1), Ct);
        var other = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-2), Ct);
        await EnqueueAsync(host, first, alert, DeliveryState.Delivered, null);
        await EnqueueAsync(host, second, alert, DeliveryState.Dead, "HTTP 410");
        await EnqueueAsync(host, first, other, DeliveryState.Delivered, null);
        var call = HttpCall.Get($"/api/alerts/{alert.Id}/deliveries");

        var answer = await call.AnswerAsync(host.Function<ListAlertDeliveries>().Run(call.Request, alert.Id, Ct));

        Assert.Equal(200, answer.Status);
        var listed = answer.Json.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), listed.Select(d => d.GetProperty("subscriptionId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(listed, d => Assert.Equal(alert.Id, d.GetProperty("alertId").GetString()));
    }

    [Fact]
    public async Task TheDeliveriesOfAnUnknownAlert_Answer404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var id = "2520000000000000000-0123456789abcdef";
        var call = HttpCall.Get($"/api/alerts/{id}/deliveries");

        var answer = await call.AnswerAsync(host.Function<ListAlertDeliveries>().Run(call.Request, id, Ct));

        ProblemAssert.IsProblem(answer, 404);
    }

    [Fact]
    public async Task Disable_StopsTheSubscription_AndEnable_StartsItAgain()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var function = host.Function<SwitchSubscription>();
        var off = HttpCall.Post($"/api/subscriptions/{id}/disable");
        var disabled = await off.AnswerAsync(function.Disable(off.Request, id, Ct));
        var storedOff = await host.Get<Subscriptions>().FindAsync(id, Ct);
        var on = HttpCall.Post($"/api/subscriptions/{id}/enable");

        var enabled = await on.AnswerAsync(function.Enable(on.Request, id, Ct));

        Assert.Equal((200, false), (disabled.Status, disabled.Json.GetProperty("isEnabled").GetBoolean()));
        Assert.False(storedOff!.IsEnabled);
        Assert.Equal((200, true), (enabled.Status, enabled.Json.GetProperty("isEnabled").GetBoolean()));
        Assert.True((await host.Get<Subscriptions>().FindAsync(id, Ct))!.IsEnabled);
        Assert.DoesNotContain("secret", enabled.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SwitchingAnUnknownSubscription_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions/sub_nope/disable");

        var answer = await call.AnswerAsync(host.Function<SwitchSubscription>().Disable(call.Request, "sub_nope", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }

    private static async Task EnqueueAsync(FunctionsHost host, string subscriptionId, Core.Alerts.Alert alert, DeliveryState state, string? error)
    {
        var key = Core.Alerts.AlertKey.Of(alert.Id)!;
        var delivery = Delivery.Created(subscriptionId, alert, key, alert.CreatedAt) with { State = state, Attempts = 1, LastError = error };
        await host.Get<DeliveryStore>().SaveAsync(delivery, Ct);
    }
}
