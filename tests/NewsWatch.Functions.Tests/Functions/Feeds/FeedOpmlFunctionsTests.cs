using System.Text;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions.Feeds;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Feeds;

/// <summary>OPML in and out, the way feed readers move subscription lists.</summary>
public sealed class FeedOpmlFunctionsTests(AzuriteFixture azurite)
{
    private const string ReaderExport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="1.0">
          <head><title>My reader</title></head>
          <body>
            <outline text="AI">
              <outline type="rss" text="Lab News" xmlUrl="https://lab.example/rss" language="en"/>
              <outline type="rss" title="Presse IA" xmlurl="https://presse.example/ia.xml" language="fr-FR"/>
            </outline>
            <outline type="rss" text="Not a feed" xmlUrl="mailto:someone@example.com"/>
          </body>
        </opml>
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_WatchesEveryFeedOfAReaderExport_AndCountsOnlyNewOnes()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://lab.example/rss"), "Lab News", "en", Ct);
        var call = HttpCall.Post("/api/feeds/import", ReaderExport, "text/x-opml");

        var answer = await call.AnswerAsync(host.Function<ImportFeeds>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal(2, answer.Json.GetProperty("found").GetInt32());
        Assert.Equal(1, answer.Json.GetProperty("added").GetInt32());
        var presse = Assert.Single(await host.Get<FeedStore>().ListAsync(Ct), f => f.Url.Host == "presse.example");
        Assert.Equal("fr", presse.Language);
    }

    [Fact]
    public async Task Export_AnswersOpmlThatImportsBackToTheSameFeeds()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://lab.example/rss"), "Lab News", "en", Ct);
        await host.Get<FeedStore>().AddAsync(new Uri("https://presse.example/ia.xml"), "Presse IA", "fr", Ct);
        var call = HttpCall.Get("/api/feeds/export");

        var answer = await call.AnswerAsync(host.Function<ExportFeeds>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("text/x-opml", answer.ContentType, StringComparison.Ordinal);
        using var opml = new MemoryStream(Encoding.UTF8.GetBytes(answer.Body));
        var feeds = Opml.Read(opml);
        Assert.Equal(
            [("Lab News", "https://lab.example/rss", "en"), ("Presse IA", "https://presse.example/ia.xml", "fr")],
            feeds.Select(f => (f.Title, f.XmlUrl.AbsoluteUri, f.Language!)));
    }

    [Theory]
    [InlineData("<opml><body><outline xmlUrl=\"https://a.example/\"></body>")]
    [InlineData("<!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body/></opml>")]
    [InlineData("{\"not\":\"opml\"}")]
    public async Task Import_OfABodyThatIsNoOpml_Answers400Problem(string body)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/feeds/import", body, "text/x-opml");

        var answer = await call.AnswerAsync(host.Function<ImportFeeds>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task Import_OfABodyOver64KiB_Answers413()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/feeds/import", ReaderExport + new string(' ', RequestBody.MaxBytes), "text/x-opml");

        var answer = await call.AnswerAsync(host.Function<ImportFeeds>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 413);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }
}
