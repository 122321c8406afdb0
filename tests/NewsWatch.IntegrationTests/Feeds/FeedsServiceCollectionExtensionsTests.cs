using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

public sealed class FeedsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddFeeds_UsesOptionsFromTheNewsWatchFeedsSection()
    {
        await using var server = await LoopbackServer.StartAsync(context => TestFeeds.WriteRssAsync(context));
        using var provider = Build(new()
        {
            ["NewsWatch:Feeds:RequestTimeout"] = "00:00:07",
            ["NewsWatch:Feeds:UserAgent"] = "NewsWatch-test/2.0 (+https://github.com/newswatch/newswatch)",
        });

        await provider.GetRequiredService<FeedFetcher>().FetchAsync(new FeedRequest("f", server.Url("/feed")), TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(7), provider.GetRequiredService<IOptions<FeedOptions>>().Value.RequestTimeout);
        Assert.Equal("NewsWatch-test/2.0 (+https://github.com/newswatch/newswatch)", Assert.Single(server.Requests).Headers["User-Agent"]);
    }

    [Theory]
    [InlineData("NewsWatch:Feeds:RequestTimeout", "00:00:00")]
    [InlineData("NewsWatch:Feeds:MaxBodyBytes", "10")]
    public void AddFeeds_WhenAnOptionIsOutOfRange_FailsWithAClearMessage(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FeedOptions>>().Value);

        Assert.Contains(key.Split(':')[^1], failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddFeeds();
        return services.BuildServiceProvider();
    }
}
