using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Sun, 19 Aug 2018 07:08:00 +0100", "2018-08-19T06:08:00Z")]
    [InlineData("07 Jan 2017 18:20:03 +0300", "2017-01-07T15:20:03Z")]
    [InlineData("Sat, 07 Jan 2017 01:49:31 GMT", "2017-01-07T01:49:31Z")]
    [InlineData("Sun, 10 Dec 17 13:01:36 -0800", "2017-12-10T21:01:36Z")]
    [InlineData("03 Apr 02 1500 GMT", "2002-04-03T15:00:00Z")]
    [InlineData("Tue, 21 Aug 2012 10:33:00 EST", "2012-08-21T15:33:00Z")]
    [InlineData("Tue, 01 Oct 2019 14:30:00 PST", "2019-10-01T22:30:00Z")]
    [InlineData("Wed, 1 Feb 2023 05:00:00 -0000", "2023-02-01T05:00:00Z")]
    [InlineData("Do, 22 Dez 2016 17:36:00 +0000", "2016-12-22T17:36:00Z")]
    [InlineData("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z")]
    [InlineData("Mo, 03 Mär 2025 08:15:00 +0100", "2025-03-03T07:15:00Z")]
    [InlineData("Τρι, 29 Ιούν 2004 12:53:00 GMT", "2004-06-29T12:53:00Z")]
    [InlineData("<![CDATA[Wed, 29 May 2019 10:16:00 GMT]]> ", "2019-05-29T10:16:00Z")]
    [InlineData("  Wed, 03 Jan 2018 13:47:00 GMT\n      ", "2018-01-03T13:47:00Z")]
    [InlineData("2017-01-23T21:54:55+01:00", "2017-01-23T20:54:55Z")]
    [InlineData("2007-12-14T23:15:00.000-08:00", "2007-12-15T07:15:00Z")]
    [InlineData("2001-01-04T00:00+00:00", "2001-01-04T00:00:00Z")]
    [InlineData("2019-08-27", "2019-08-27T00:00:00Z")]
    [InlineData("2020/1/10 14:33:00", "2020-01-10T14:33:00Z")]
    public void Parse_ReadsTheFormatsRealFeedsUse(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), FeedDate.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday-ish")]
    [InlineData("32 Foo 2018 10:00:00 GMT")]
    public void Parse_WhenNotADate_ReturnsNull(string? text) => Assert.Null(FeedDate.Parse(text));
}
