using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class CanonicalLinkTests
{
    [Theory]
    [InlineData("https://Example.org/a?utm_source=x&id=3#top", "https://example.org/a?id=3")]
    [InlineData("https://example.org/a?fbclid=1&gclid=2", "https://example.org/a")]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    public void From_RemovesTrackingAndFragment(string link, string expected) =>
        Assert.Equal(expected, CanonicalLink.From(new Uri(link)));
}
