using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Functions;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Functions.Feeds;
using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Functions.Alerts;
using NewsWatch.Functions.Tests.Functions.Webhooks;
using NewsWatch.Functions.Tests.Host;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Http;

/// <summary>
/// An admin key must never travel in a URL, where logs, proxies and histories keep it: admin
/// routes refuse <c>?code=</c> before the function runs, reader routes take it as before.
/// </summary>
public sealed class KeyPlacementTests(AzuriteFixture azurite)
{
    private static readonly Uri Hook = new("https://127.0.0.1:9/hook");

    public static TheoryData<string, string, string> AdminRoutes => Routes(ApiRole.Admin);

    public static TheoryData<string, string, string> ReaderRoutes => Routes(ApiRole.Reader);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_WithTheKeyInTheUrl_Answers400Problem_AndTheFunctionNeverRuns(string function, string method, string path)
    {
        var call = Call(method, path, "code=admin-key");

        var (result, ran) = await WorkerInvocation.Http(function, call).RunAsync(new KeyPlacement(), Unreachable);
        var answer = await call.AnswerAsync(Task.FromResult(result!));

        Assert.False(ran, $"{function} ran with the admin key in its URL.");
        ProblemAssert.IsProblem(answer, 400);
        Assert.Contains("x-functions-key", answer.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("admin-key", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_WithTheKeyInTheHeader_RunsTheFunction(string function, string method, string path)
    {
        var call = Call(method, path, "");
        call.Request.Headers[FunctionKey.Header] = "admin-key";

        var (result, ran) = await WorkerInvocation.Http(function, call).RunAsync(new KeyPlacement(), () => Task.FromResult<IActionResult>(new EmptyResponse(204)));

        Assert.True(ran);
        Assert.Equal(204, Assert.IsType<EmptyResponse>(result).Status);
    }

    [Theory]
    [InlineData("CODE=admin-key")]
    [InlineData("Code=admin-key")]
    [InlineData("since=2026-05-01T00:00:00Z&code=admin-key")]
    public async Task AdminRoute_RefusesTheKey_WhateverItsCaseOrPlaceInTheQuery(string query)
    {
        // The host reads ?CODE= as a key too (ASP.NET Core's query ignores case), so it is one.
        var call = Call("POST", "/api/subscriptions/sub_1/replay", query);

        var (result, ran) = await WorkerInvocation.Http(nameof(ReplaySubscription), call).RunAsync(new KeyPlacement(), Unreachable);

        Assert.False(ran);
        ProblemAssert.IsProblem(await call.AnswerAsync(Task.FromResult(result!)), 400);
    }

    [Fact]
    public async Task AddFeed_WithTheKeyInTheUrl_WatchesNothing()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/feeds", JsonSerializer.Serialize(new { url = "https://news.example/ai/rss.xml" }), query: "code=admin-key");

        var (result, _) = await WorkerInvocation.Http(nameof(AddFeed), call).RunAsync(new KeyPlacement(), () => host.Function<AddFeed>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(await call.AnswerAsync(Task.FromResult(result!)), 400);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task DeleteSubscription_WithTheKeyInTheUrl_KeepsTheSubscription_AndWithTheHeaderDeletesIt()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var inUrl = Call("DELETE", "/api/subscriptions/" + id, "code=admin-key");
        var inHeader = Call("DELETE", "/api/subscriptions/" + id, "");
        inHeader.Request.Headers[FunctionKey.Header] = "admin-key";

        var (refused, _) = await WorkerInvocation.Http(nameof(DeleteSubscription), inUrl)
            .RunAsync(new KeyPlacement(), () => host.Function<DeleteSubscription>().Run(inUrl.Request, id, Ct));
        var kept = await host.Get<Subscriptions>().FindAsync(id, Ct);
        var (deleted, _) = await WorkerInvocation.Http(nameof(DeleteSubscription), inHeader)
            .RunAsync(new KeyPlacement(), () => host.Function<DeleteSubscription>().Run(inHeader.Request, id, Ct));

        ProblemAssert.IsProblem(await inUrl.AnswerAsync(Task.FromResult(refused!)), 400);
        Assert.NotNull(kept);
        Assert.Equal(204, (await inHeader.AnswerAsync(Task.FromResult(deleted!))).Status);
        Assert.Null(await host.Get<Subscriptions>().FindAsync(id, Ct));
    }

    [Theory]
    [MemberData(nameof(ReaderRoutes))]
    public async Task ReaderRoute_WithTheKeyInTheUrl_AnswersAsUsual(string function, string method, string path)
    {
        await using var host = FunctionsHost.Create(azurite);
        var alert = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-1), Ct);
        var call = Call(method, path.Replace("{id}", alert.Id, StringComparison.Ordinal), "code=reader-key");

        var (result, ran) = await WorkerInvocation.Http(function, call).RunAsync(new KeyPlacement(), () => RunReader(host, function, call.Request, alert.Id));
        var answer = await call.AnswerAsync(Task.FromResult(result!));

        Assert.True(ran);
        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task TimerFunction_HasNoRequest_AndRunsUntouched()
    {
        var (_, ran) = await WorkerInvocation.Timer(nameof(PollFeeds)).RunAsync(new KeyPlacement(), () => Task.FromResult<IActionResult>(new EmptyResponse(204)));

        Assert.True(ran);
    }

    /// <summary>Rows of the route table with this role: function, method, and a path with <c>{id}</c> standing for any id.</summary>
    private static TheoryData<string, string, string> Routes(ApiRole role) =>
    [
        .. FunctionsMetadataTests.HttpFunctions
            .Select(row => row.Data)
            .Where(data => data.Item5 == role)
            .Select(data => (data.Item1, data.Item2, "/api/" + data.Item3.Replace("{id:minlength(21)}", "{id}", StringComparison.Ordinal))),
    ];

    private static HttpCall Call(string method, string path, string query) => method switch
    {
        "GET" => HttpCall.Get(path.Replace("{id}", "sub_1", StringComparison.Ordinal), query),
        "DELETE" => HttpCall.Delete(path.Replace("{id}", "sub_1", StringComparison.Ordinal), query),
        _ => HttpCall.Post(path.Replace("{id}", "sub_1", StringComparison.Ordinal), "{}", query: query),
    };

    private static Task<IActionResult> Unreachable() => throw new InvalidOperationException("The function must not run.");

    private static Task<IActionResult> RunReader(FunctionsHost host, string function, HttpRequest request, string alertId) => function switch
    {
        nameof(GetAlertsFeed) => host.Function<GetAlertsFeed>().Run(request, Ct),
        nameof(ListAlerts) => host.Function<ListAlerts>().Run(request, Ct),
        nameof(GetAlert) => host.Function<GetAlert>().Run(request, alertId, Ct),
        nameof(Health) => host.Function<Health>().Run(request, Ct),
        nameof(FeedHealth) => host.Function<FeedHealth>().Run(request, Ct),
        nameof(ListAlertReports) => host.Function<ListAlertReports>().Run(request, alertId, Ct),
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Not a reader function."),
    };
}
