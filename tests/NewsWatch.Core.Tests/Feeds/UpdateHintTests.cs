using System.Xml.Linq;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class UpdateHintTests
{
    private const string Sy = "xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"";

    [Fact]
    public void RssTtl_IsMinutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(60), Hint("<rss><channel><ttl>60</ttl></channel></rss>"));
    }

    [Fact]
    public void SyndicationPeriod_IsDividedByItsFrequency()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), Hint($"<rss {Sy}><channel><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel></rss>"));
    }

    [Fact]
    public void SyndicationOnAnAtomFeed_IsRead()
    {
        Assert.Equal(TimeSpan.FromDays(1), Hint($"<feed xmlns=\"http://www.w3.org/2005/Atom\" {Sy}><sy:updatePeriod> Daily </sy:updatePeriod></feed>"));
    }

    [Fact]
    public void BothHints_TheLongerWins()
    {
        Assert.Equal(TimeSpan.FromHours(2), Hint($"<rss {Sy}><channel><ttl>120</ttl><sy:updatePeriod>hourly</sy:updatePeriod></channel></rss>"));
    }

    [Theory]
    [InlineData("<rss><channel><ttl>soon</ttl></channel></rss>")]
    [InlineData("<rss><channel><ttl>-5</ttl></channel></rss>")]
    [InlineData("<rss><channel><ttl>99999999999999999999</ttl></channel></rss>")]
    [InlineData("<rss><channel><ttl>0</ttl></channel></rss>")]
    [InlineData("<rss xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><sy:updatePeriod>fortnightly</sy:updatePeriod></channel></rss>")]
    [InlineData("<rss><channel><title>No hint</title></channel></rss>")]
    public void NoUsableHint_IsNone(string feed)
    {
        Assert.Null(Hint(feed));
    }

    [Fact]
    public void AFrequencyThatIsNoNumber_CountsAsOnce()
    {
        Assert.Equal(TimeSpan.FromDays(7), Hint($"<rss {Sy}><channel><sy:updatePeriod>weekly</sy:updatePeriod><sy:updateFrequency>0</sy:updateFrequency></channel></rss>"));
    }

    private static TimeSpan? Hint(string xml) => UpdateHint.From(XDocument.Parse(xml).Root!);
}
