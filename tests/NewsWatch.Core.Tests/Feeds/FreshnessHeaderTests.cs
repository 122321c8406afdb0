using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FreshnessHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);

    [Fact]
    public void MaxAge_IsHowLongTheAnswerStaysFresh()
    {
        using var response = Response();
        response.Headers.CacheControl = new CacheControlHeaderValue { MaxAge = TimeSpan.FromMinutes(20) };

        Assert.Equal(TimeSpan.FromMinutes(20), FeedResponse.FreshFor(response, time));
    }

    [Fact]
    public void MaxAge_WinsOverExpires()
    {
        using var response = Response();
        response.Headers.CacheControl = new CacheControlHeaderValue { MaxAge = TimeSpan.FromMinutes(20) };
        response.Content.Headers.Expires = Now.AddHours(5);

        Assert.Equal(TimeSpan.FromMinutes(20), FeedResponse.FreshFor(response, time));
    }

    [Fact]
    public void Expires_CountsFromTheServersDate()
    {
        using var response = Response();
        response.Headers.Date = Now.AddHours(-1);
        response.Content.Headers.Expires = Now;

        Assert.Equal(TimeSpan.FromHours(1), FeedResponse.FreshFor(response, time));
    }

    [Fact]
    public void AnAnswerAlreadyStale_AsksForNothing()
    {
        using var response = Response();
        response.Content.Headers.Expires = Now.AddHours(-1);

        Assert.Null(FeedResponse.FreshFor(response, time));
    }

    [Fact]
    public void MaxAgeZero_AsksForNothing()
    {
        using var response = Response();
        response.Headers.CacheControl = new CacheControlHeaderValue { MaxAge = TimeSpan.Zero };

        Assert.Null(FeedResponse.FreshFor(response, time));
    }

    private static HttpResponseMessage Response() => new() { Content = new ByteArrayContent([]) };
}
