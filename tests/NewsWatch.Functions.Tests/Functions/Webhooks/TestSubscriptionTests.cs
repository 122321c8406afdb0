using System.Text.Json;
using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

public sealed class TestSubscriptionTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Test_SendsAPingSignedWithTheSubscriptionSecret_AndReportsDelivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = FunctionsHost.Create(azurite);
        var (id, secret) = await SubscriptionCalls.CreateAsync(host, receiver.Url, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/test");

        var answer = await call.AnswerAsync(host.Function<TestSubscription>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Json.GetProperty("delivered").GetBoolean());
        Assert.Equal(204, answer.Json.GetProperty("status").GetInt32());
        var ping = Assert.Single(receiver.Deliveries);
        Assert.True(WebhookReceiver.HasValidSignature(ping, secret), "the ping must verify with the secret the create call returned");
        using var body = JsonDocument.Parse(ping.Body);
        Assert.Equal("ping", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Test_WhenTheReceiverFails_ReportsItsStatusAndError()
    {
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, receiver.Url, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/test");

        var answer = await call.AnswerAsync(host.Function<TestSubscription>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        Assert.False(answer.Json.GetProperty("delivered").GetBoolean());
        Assert.Equal(500, answer.Json.GetProperty("status").GetInt32());
        Assert.Contains("500", answer.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_WhenTheEndpointIsUnreachable_ReportsTheErrorWithoutTheUrlPath()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, new Uri("http://127.0.0.1:9/services/T000/B000/SECRETPATHTOKEN"), Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/test");

        var answer = await call.AnswerAsync(host.Function<TestSubscription>().Run(call.Request, id, Ct));

        Assert.Equal(200, answer.Status);
        Assert.False(answer.Json.GetProperty("delivered").GetBoolean());
        Assert.False(string.IsNullOrEmpty(answer.Json.GetProperty("error").GetString()));
        Assert.DoesNotContain("SECRETPATH", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_OfAnUnknownId_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions/sub_nope/test");

        var answer = await call.AnswerAsync(host.Function<TestSubscription>().Run(call.Request, "sub_nope", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }
}
