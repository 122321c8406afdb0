using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Http;

/// <summary>What a caller gets when a function fails unexpectedly: a problem, never a stack trace.</summary>
public sealed class HttpFailuresTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFunctionWhoseStorageIsDown_AnswersA503Problem()
    {
        await using var host = FunctionsHost.Create(azurite, new Dictionary<string, string?> { ["NewsWatch:Storage"] = FunctionsHost.UnreachableStorage });
        var call = HttpCall.Get("/api/subscriptions");

        var failure = await Record.ExceptionAsync(() => host.Function<ListSubscriptions>().Run(call.Request, Ct));
        var answer = await call.AnswerAsync(Task.FromResult(HttpFailures.ProblemFor(failure!)));

        ProblemAssert.IsProblem(answer, 503);
        Assert.DoesNotContain("127.0.0.1", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedBug_AnswersA500ProblemWithoutItsMessage()
    {
        var call = HttpCall.Get("/api/alerts");

        var answer = await call.AnswerAsync(Task.FromResult(HttpFailures.ProblemFor(new InvalidOperationException("secret internals"))));

        ProblemAssert.IsProblem(answer, 500);
        Assert.DoesNotContain("secret internals", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubscriptionWhoseSecretsDoNotOpen_AnswersA500ThatSaysWhatToDo_WithoutTheSealedValue()
    {
        var call = HttpCall.Get("/api/subscriptions/sub_1");

        var failure = new NewsWatch.Core.Secrets.SealedValueException("The value at Subscriptions/sub/sub_1/Secret does not open: sealed.v1.k1.AAAA");
        var answer = await call.AnswerAsync(Task.FromResult(HttpFailures.ProblemFor(failure)));

        ProblemAssert.IsProblem(answer, 500);
        Assert.Contains("data key", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("sealed.v1", answer.Body, StringComparison.Ordinal);
    }
}
