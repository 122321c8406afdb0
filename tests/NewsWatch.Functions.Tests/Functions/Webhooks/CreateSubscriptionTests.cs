using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

public sealed class CreateSubscriptionTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WithAValidBody_Answers201WithTheSubscriptionAndItsSecretOnce()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions", """
            {"url":"https://127.0.0.1:9/newswatch","events":["departure","Dissolution"],"orgs":["OpenAI"],"languages":["en","fr"],"minScore":0.6,"format":"slack","notifyUpdates":true}
            """);

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        Assert.Equal(201, answer.Status);
        Assert.StartsWith("application/json", answer.ContentType, StringComparison.Ordinal);
        var body = answer.Json;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("/api/subscriptions/" + id, answer.Headers.Location.ToString());
        Assert.StartsWith("whsec_", body.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal(["departure", "dissolution"], body.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("slack", body.GetProperty("format").GetString());
        Assert.Equal(0.6, body.GetProperty("minScore").GetDouble());
        Assert.True(body.GetProperty("notifyUpdates").GetBoolean());
        Assert.NotNull(await host.Get<NewsWatch.Core.Webhooks.Subscriptions>().FindAsync(id, Ct));
    }

    [Fact]
    public async Task Create_AnswersTheWholeUrl_TheOnlyTimeItIsShown()
    {
        await using var host = FunctionsHost.Create(azurite);
        const string chatHook = "https://127.0.0.1:9/services/T000/B000/SECRETPATHTOKEN";
        var call = HttpCall.PostJson("/api/subscriptions", new { url = chatHook });

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        Assert.Equal(201, answer.Status);
        Assert.Equal(chatHook, answer.Json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Create_WithMalformedJson_Answers400Problem()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions", """{"url": "https://127.0.0.1:9/x",""");

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_WithABodyOver64KiB_Answers413_WhetherOrNotContentLengthSaysSo(bool sendLength)
    {
        await using var host = FunctionsHost.Create(azurite);
        var padding = new string('a', RequestBody.MaxBytes);
        var call = HttpCall.Post("/api/subscriptions")
            .WithBody(System.Text.Encoding.UTF8.GetBytes($$"""{"url":"https://127.0.0.1:9/{{padding}}"}"""), "application/json", sendLength);

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 413);
        Assert.Empty(await host.Get<NewsWatch.Core.Webhooks.Subscriptions>().ListAsync(Ct));
    }

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://[::1]/hook")]
    public async Task Create_WithAPrivateWebhookUrl_Answers400WithAUrlError(string url)
    {
        await using var host = FunctionsHost.Create(azurite, new Dictionary<string, string?> { ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "false" });
        var call = HttpCall.PostJson("/api/subscriptions", new { url });

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("url"));
    }

    [Fact]
    public async Task Create_WithAUrlTooLongToKeepWhole_Answers400WithAUrlError()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.PostJson("/api/subscriptions", new { url = "https://hooks.example/" + new string('a', 3_000) });

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.Contains("2048", Assert.Single(answer.ErrorsFor("url")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAnUnknownEventAndBadFields_ListsEveryWrongFieldAtOnce()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions", """{"url":"ftp://hooks.example/x","events":["explosion"],"languages":["english"],"minScore":2,"format":"fax"}""");

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.Contains("explosion", Assert.Single(answer.ErrorsFor("events")), StringComparison.Ordinal);
        Assert.NotEmpty(answer.ErrorsFor("url"));
        Assert.NotEmpty(answer.ErrorsFor("languages"));
        Assert.NotEmpty(answer.ErrorsFor("minScore"));
        Assert.NotEmpty(answer.ErrorsFor("format"));
    }

    [Theory]
    [InlineData("""{"url":"https://127.0.0.1:9/x","min_score":0.5}""", "min_score")]
    [InlineData("""{"url":"https://127.0.0.1:9/x","events":"departure"}""", "events")]
    [InlineData("""{"url":"https://127.0.0.1:9/x","minScore":"high"}""", "minScore")]
    [InlineData("""{"url":"https://127.0.0.1:9/x","orgs":[""]}""", "orgs")]
    [InlineData("""{"url":"https://127.0.0.1:9/x","languages":[null]}""", "languages")]
    [InlineData("""{"url":"https://127.0.0.1:9/x","events":[null]}""", "events")]
    public async Task Create_WithAFieldOfTheWrongNameOrType_Answers400NamingIt(string body, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions", body);

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
    }

    [Fact]
    public async Task Create_WithNoBody_Answers400()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions");

        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
    }
}
