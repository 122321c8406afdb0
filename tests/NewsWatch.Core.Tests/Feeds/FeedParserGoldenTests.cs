using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

/// <summary>
/// Each fixture is parsed and rendered as text, then compared with its .golden.txt file.
/// Set NEWSWATCH_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, and review the diff.
/// </summary>
public sealed class FeedParserGoldenTests
{
    private static readonly DateTimeOffset FirstSeen = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("rss20-iso-8859-1.xml", null)]
    [InlineData("rss20-windows-1252.xml", "application/rss+xml")]
    [InlineData("rss20-utf-16.xml", "text/xml; charset=utf-16")]
    [InlineData("rss20-undefined-entity.xml", null)]
    [InlineData("rss20-bare-ampersand.xml", null)]
    [InlineData("rss20-leading-whitespace.xml", null)]
    [InlineData("json-feed-1.1.json", "application/feed+json")]
    [InlineData("atom10-xml-base.xml", "application/atom+xml")]
    public void Parse_Fixture_MatchesGoldenFile(string fixture, string? contentType)
    {
        var parser = new FeedParser(new FakeTimeProvider(FirstSeen));

        var result = parser.Parse("fixture", new Uri("https://feeds.example.org/" + fixture), FixtureFiles.Bytes(fixture), contentType, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error);
        var golden = FixtureFiles.PathOf(Path.GetFileNameWithoutExtension(fixture) + ".golden.txt");
        var actual = Render(result);
        if (Environment.GetEnvironmentVariable("NEWSWATCH_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string Render(ParseResult result)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"feed: {result.Title} | language: {result.Language}\n");
        foreach (var item in result.Items)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nitem: {item.Title}\n");
            text.Append(CultureInfo.InvariantCulture, $"  link: {item.Link}\n");
            text.Append(CultureInfo.InvariantCulture, $"  canonical: {item.CanonicalLink}\n");
            text.Append(CultureInfo.InvariantCulture, $"  published: {item.Published:O}\n");
            text.Append(CultureInfo.InvariantCulture, $"  language: {item.Language}\n");
            text.Append(CultureInfo.InvariantCulture, $"  summary: {item.Summary}\n");
            text.Append(CultureInfo.InvariantCulture, $"  id: {item.Id}\n");
        }

        return text.ToString();
    }
}
