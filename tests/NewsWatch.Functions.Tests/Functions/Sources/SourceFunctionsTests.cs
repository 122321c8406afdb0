using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions.Sources;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Sources;

/// <summary>Searches and query packs as sources, over the API.</summary>
public sealed class SourceFunctionsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddSearch_Answers201WithAFeedPerEngine_AndAgain200()
    {
        await using var host = FunctionsHost.Create(azurite);
        const string Body = """{"query":"\"KI-Sicherheit\" (Rücktritt OR verlässt)","lang":"de","engines":["google","gdelt"]}""";

        var first = HttpCall.Post("/api/sources/search", Body);
        var added = await first.AnswerAsync(host.Function<AddSearchSource>().Run(first.Request, Ct));
        var second = HttpCall.Post("/api/sources/search", Body);
        var again = await second.AnswerAsync(host.Function<AddSearchSource>().Run(second.Request, Ct));

        Assert.Equal(201, added.Status);
        Assert.Equal(["google", "gdelt"], added.Json.EnumerateArray().Select(s => s.GetProperty("engine").GetString()));
        Assert.All(added.Json.EnumerateArray(), source => Assert.True(source.GetProperty("isNew").GetBoolean()));
        var url = new Uri(added.Json[0].GetProperty("feed").GetProperty("url").GetString()!);
        Assert.Equal(new SearchFeed(SearchEngine.GoogleNews, "\"KI-Sicherheit\" (Rücktritt OR verlässt)", "de"), SearchFeedUrl.TryRead(url));
        Assert.Equal(200, again.Status);
        Assert.All(again.Json.EnumerateArray(), source => Assert.False(source.GetProperty("isNew").GetBoolean()));
        Assert.Equal(2, (await host.Get<FeedStore>().ListAsync(Ct)).Count);
    }

    [Theory]
    [InlineData("""{"lang":"fr"}""", "query")]
    [InlineData("""{"query":"(démission","lang":"fr"}""", "query")]
    [InlineData("""{"query":"démission"}""", "lang")]
    [InlineData("""{"query":"démission","lang":"sv"}""", "lang")]
    [InlineData("""{"query":"démission","lang":"fr","engines":["yahoo"]}""", "engines")]
    [InlineData("""{"query":"démission","lang":"fr","engines":[]}""", "engines")]
    [InlineData("""{"query":"démission","lang":"fr","colour":"red"}""", "colour")]
    public async Task AddSearch_WithABadField_Answers400NamingIt_AndAddsNothing(string body, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/sources/search", body);

        var answer = await call.AnswerAsync(host.Function<AddSearchSource>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task AddPack_WatchesItsQueriesInTheChosenLanguagesAndEngines()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/sources/packs/ai-safety", """{"langs":["it"],"engines":["bing"]}""");

        var answer = await call.AnswerAsync(host.Function<AddQueryPack>().Run(call.Request, "ai-safety", Ct));

        Assert.Equal(201, answer.Status);
        var feeds = await host.Get<FeedStore>().ListAsync(Ct);
        Assert.Equal(QueryPacks.Find("ai-safety")!.QueriesFor("it").Count, feeds.Count);
        Assert.All(feeds, feed => Assert.Equal((SearchEngine.BingNews, "it"), (SearchFeedUrl.TryRead(feed.Url)!.Engine, feed.Language!)));
    }

    [Fact]
    public async Task AddPack_WithNoBody_WatchesEveryQueryInEveryEngine()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/sources/packs/ai-safety");

        var answer = await call.AnswerAsync(host.Function<AddQueryPack>().Run(call.Request, "ai-safety", Ct));

        Assert.Equal(201, answer.Status);
        var expected = QueryPacks.Find("ai-safety")!.Queries.Count * SearchSources.AllEngines.Count;
        Assert.Equal(expected, (await host.Get<FeedStore>().ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task RemovePack_StopsWatchingTheChosenLanguagesAndEngines_AndAnswersWhatWent()
    {
        await using var host = FunctionsHost.Create(azurite);
        var add = HttpCall.Post("/api/sources/packs/ai-safety", """{"langs":["it","es"],"engines":["bing"]}""");
        await add.AnswerAsync(host.Function<AddQueryPack>().Run(add.Request, "ai-safety", Ct));
        var remove = HttpCall.Delete("/api/sources/packs/ai-safety", "langs=it");

        var answer = await remove.AnswerAsync(host.Function<RemoveQueryPack>().Run(remove.Request, "ai-safety", Ct));

        var pack = QueryPacks.Find("ai-safety")!;
        Assert.Equal(200, answer.Status);
        Assert.Equal(pack.QueriesFor("it").Count, answer.Json.GetProperty("removed").GetInt32());
        var left = await host.Get<FeedStore>().ListAsync(Ct);
        Assert.Equal(pack.QueriesFor("es").Count, left.Count);
        Assert.All(left, feed => Assert.Equal("es", feed.Language));
    }

    [Fact]
    public async Task RemovePack_WithABadLanguage_Answers400()
    {
        await using var host = FunctionsHost.Create(azurite);
        var remove = HttpCall.Delete("/api/sources/packs/ai-safety", "langs=xx");

        var answer = await remove.AnswerAsync(host.Function<RemoveQueryPack>().Run(remove.Request, "ai-safety", Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("langs"));
    }

    [Fact]
    public async Task AddPack_AnUnknownPack_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/sources/packs/cooking", "{}");

        var answer = await call.AnswerAsync(host.Function<AddQueryPack>().Run(call.Request, "cooking", Ct));

        ProblemAssert.IsProblem(answer, 404);
        Assert.Contains("ai-safety", answer.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPack_ALanguageThePackLacks_Answers400()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/sources/packs/ai-safety", """{"langs":["fi"]}""");

        var answer = await call.AnswerAsync(host.Function<AddQueryPack>().Run(call.Request, "ai-safety", Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("langs"));
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task ListPacks_AnswersEachPacksQueriesPerLanguage()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/sources/packs");

        var answer = await call.AnswerAsync(Task.FromResult(host.Function<ListQueryPacks>().Run(call.Request)));

        Assert.Equal(200, answer.Status);
        var pack = Assert.Single(answer.Json.EnumerateArray());
        Assert.Equal("ai-safety", pack.GetProperty("name").GetString());
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], pack.GetProperty("queries").EnumerateObject().Select(p => p.Name).Order());
    }
}
