using System.Text.Json;
using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

/// <summary>List, get, rotate and delete: secrets appear only where they are made, and the URL whole only in the create answer.</summary>
public sealed class SubscriptionLifecycleTests(AzuriteFixture azurite)
{
    /// <summary>Shaped like a Slack incoming webhook, whose path is its secret.</summary>
    private static readonly Uri Hook = new("https://127.0.0.1:9/services/T000/B000/SECRETPATHTOKEN");

    private const string MaskedHook = "https://127.0.0.1:9/…OKEN";

    private const string PathSecret = "SECRETPATH";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAndGet_ShowTheSubscription_WithoutAnySecret()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, secret) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);

        var list = HttpCall.Get("/api/subscriptions");
        var listed = await list.AnswerAsync(host.Function<ListSubscriptions>().Run(list.Request, Ct));
        var get = HttpCall.Get("/api/subscriptions/" + id);
        var got = await get.AnswerAsync(host.Function<GetSubscription>().Run(get.Request, id, Ct));

        Assert.Equal(200, listed.Status);
        Assert.Equal(id, Assert.Single(listed.Json.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(200, got.Status);
        Assert.DoesNotContain(secret, listed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, got.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", got.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListAndGet_ShowTheUrlMasked_NeverItsPath()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);

        var list = HttpCall.Get("/api/subscriptions");
        var listed = await list.AnswerAsync(host.Function<ListSubscriptions>().Run(list.Request, Ct));
        var get = HttpCall.Get("/api/subscriptions/" + id);
        var got = await get.AnswerAsync(host.Function<GetSubscription>().Run(get.Request, id, Ct));

        Assert.Equal(MaskedHook, Assert.Single(listed.Json.EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(MaskedHook, got.Json.GetProperty("url").GetString());
        Assert.DoesNotContain(PathSecret, listed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(PathSecret, got.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", got.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnUnknownId_Answers404Problem()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/subscriptions/sub_missing");

        var answer = await call.AnswerAsync(host.Function<GetSubscription>().Run(call.Request, "sub_missing", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }

    [Fact]
    public async Task List_WithAnUnknownQueryParameter_Answers400NamingIt_ButAcceptsTheFunctionKey()
    {
        await using var host = FunctionsHost.Create(azurite);
        var wrong = HttpCall.Get("/api/subscriptions", "enabled=true&code=key");
        var keyed = HttpCall.Get("/api/subscriptions", "code=key");

        var refused = await wrong.AnswerAsync(host.Function<ListSubscriptions>().Run(wrong.Request, Ct));
        var accepted = await keyed.AnswerAsync(host.Function<ListSubscriptions>().Run(keyed.Request, Ct));

        ProblemAssert.IsProblem(refused, 400);
        Assert.NotEmpty(refused.ErrorsFor("enabled"));
        Assert.Equal(200, accepted.Status);
        Assert.Equal(JsonValueKind.Array, accepted.Json.ValueKind);
    }

    [Fact]
    public async Task Delete_RemovesTheSubscription_ThenAnswers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);

        var first = HttpCall.Delete("/api/subscriptions/" + id);
        var deleted = await first.AnswerAsync(host.Function<DeleteSubscription>().Run(first.Request, id, Ct));
        var again = HttpCall.Delete("/api/subscriptions/" + id);
        var missing = await again.AnswerAsync(host.Function<DeleteSubscription>().Run(again.Request, id, Ct));

        Assert.Equal(204, deleted.Status);
        Assert.Empty(deleted.Body);
        ProblemAssert.IsProblem(missing, 404);
        Assert.Null(await host.Get<NewsWatch.Core.Webhooks.Subscriptions>().FindAsync(id, Ct));
    }

    [Fact]
    public async Task RotateSecret_AnswersANewSecret_AndTheOldOneStaysValidForTheGracePeriod()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, secret) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/rotate-secret");

        var answer = await call.AnswerAsync(host.Function<RotateSubscriptionSecret>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        var rotated = answer.Json.GetProperty("secret").GetString();
        Assert.StartsWith("whsec_", rotated, StringComparison.Ordinal);
        Assert.NotEqual(secret, rotated);
        Assert.True(answer.Json.GetProperty("previousSecretExpiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.DoesNotContain(secret, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateSecret_ShowsTheNewSecretButTheUrlMasked()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/rotate-secret");

        var answer = await call.AnswerAsync(host.Function<RotateSubscriptionSecret>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal(MaskedHook, answer.Json.GetProperty("url").GetString());
        Assert.DoesNotContain(PathSecret, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateSecret_OfAnUnknownId_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions/sub_nope/rotate-secret");

        var answer = await call.AnswerAsync(host.Function<RotateSubscriptionSecret>().Run(call.Request, "sub_nope", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }
}
