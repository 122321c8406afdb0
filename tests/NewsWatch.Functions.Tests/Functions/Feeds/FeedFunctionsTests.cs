using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions.Feeds;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Feeds;

/// <summary>Add, list and remove feeds over the API.</summary>
public sealed class FeedFunctionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_ANewFeed_Answers201_AndAgainTheSameFeedAnswers200()
    {
        await using var host = FunctionsHost.Create(azurite);
        const string Body = """{"url":"https://news.example/ai.xml","title":"AI News","lang":"fr"}""";

        var first = HttpCall.Post("/api/feeds", Body);
        var added = await first.AnswerAsync(host.Function<AddFeed>().Run(first.Request, Ct));
        var second = HttpCall.Post("/api/feeds", Body);
        var again = await second.AnswerAsync(host.Function<AddFeed>().Run(second.Request, Ct));

        Assert.Equal(201, added.Status);
        Assert.Equal("https://news.example/ai.xml", added.Json.GetProperty("url").GetString());
        Assert.Equal("AI News", added.Json.GetProperty("title").GetString());
        Assert.Equal("fr", added.Json.GetProperty("language").GetString());
        Assert.Equal(200, again.Status);
        Assert.Equal(added.Json.GetProperty("id").GetString(), again.Json.GetProperty("id").GetString());
        Assert.Single(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Theory]
    [InlineData("""{"url":"ftp://news.example/ai.xml"}""", "url")]
    [InlineData("""{"url":"/relative.xml"}""", "url")]
    [InlineData("""{"title":"No URL"}""", "url")]
    [InlineData("""{"url":"https://news.example/ai.xml","lang":"french"}""", "lang")]
    [InlineData("""{"url":"https://news.example/ai.xml","title":"  "}""", "title")]
    [InlineData("""{"url":"https://news.example/ai.xml","colour":"red"}""", "colour")]
    public async Task Add_WithABadField_Answers400NamingIt(string body, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/feeds", body);

        var answer = await call.AnswerAsync(host.Function<AddFeed>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task List_AnswersEveryWatchedFeed()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://b.example/feed"), "B", "en", Ct);
        await host.Get<FeedStore>().AddAsync(new Uri("https://a.example/feed"), "A", null, Ct);
        var call = HttpCall.Get("/api/feeds");

        var answer = await call.AnswerAsync(host.Function<ListFeeds>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal(["A", "B"], answer.Json.EnumerateArray().Select(f => f.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Remove_ByIdOrByUrl_StopsWatchingTheFeed_ThenAnswers404(bool byId)
    {
        await using var host = FunctionsHost.Create(azurite);
        var feed = await host.Get<FeedStore>().AddAsync(new Uri("https://news.example/ai.xml"), null, null, Ct);
        var query = byId ? "id=" + feed.Id : "url=" + Uri.EscapeDataString(feed.Url.AbsoluteUri);

        var first = HttpCall.Delete("/api/feeds", query);
        var removed = await first.AnswerAsync(host.Function<RemoveFeed>().Run(first.Request, Ct));
        var second = HttpCall.Delete("/api/feeds", query);
        var missing = await second.AnswerAsync(host.Function<RemoveFeed>().Run(second.Request, Ct));

        Assert.Equal(204, removed.Status);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
        ProblemAssert.IsProblem(missing, 404);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id=abc&url=https%3A%2F%2Fnews.example%2F")]
    [InlineData("url=notaurl")]
    public async Task Remove_WithoutExactlyOneValidIdOrUrl_Answers400(string query)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Delete("/api/feeds", query);

        var answer = await call.AnswerAsync(host.Function<RemoveFeed>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
    }
}
