using System.Text;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class GdeltArticleListTests
{
    private static readonly DateTimeOffset FirstSeen = new(2024, 11, 5, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_ArticleList_GivesHeadlineOnlyItemsWithTheArticlesOwnLinks()
    {
        var result = GdeltArticleList.Parse("gdelt-fr", SourceFixtures.Bytes("gdelt-artlist-fr.json"), FirstSeen, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error);
        var item = result.Items[0];
        Assert.Equal("L'institut européen de sécurité de l'IA recrute sa directrice", item.Title);
        Assert.Empty(item.Summary);
        Assert.True(item.IsHeadlineOnly);
        Assert.Equal("https://www.courrierdurhone.example/europe/2024/11/05/institut-securite-ia-directrice_123.html", item.CanonicalLink);
        Assert.Equal(new DateTimeOffset(2024, 11, 5, 12, 30, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("fr", item.Language);
        Assert.Equal("courrierdurhone.example", item.Source);
        Assert.Equal("gdelt-fr", item.FeedId);
    }

    [Fact]
    public void Parse_LanguageNames_BecomeIsoCodesForTheSupportedLanguagesOnly()
    {
        var items = GdeltArticleList.Parse("g", SourceFixtures.Bytes("gdelt-artlist-fr.json"), FirstSeen, TestContext.Current.CancellationToken).Items;

        Assert.Equal(["fr", "de", null], items.Select(i => i.Language));
    }

    [Fact]
    public void Parse_SameAnswerTwice_GivesTheSameIds()
    {
        var body = SourceFixtures.Bytes("gdelt-artlist-fr.json");

        var first = GdeltArticleList.Parse("g", body, FirstSeen, TestContext.Current.CancellationToken).Items;
        var second = GdeltArticleList.Parse("g", body, FirstSeen.AddHours(1), TestContext.Current.CancellationToken).Items;

        Assert.Equal(first.Select(i => i.Id), second.Select(i => i.Id));
        Assert.Equal(3, first.Select(i => i.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"articles\": []}")]
    [InlineData("\uFEFF{}")]
    public void Parse_WhenNothingMatched_SucceedsWithNoItems(string body)
    {
        var result = Parse(body);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Items);
    }

    [Theory]
    [InlineData("", "GDELT sent an empty answer")]
    [InlineData("  \n", "GDELT sent an empty answer")]
    [InlineData("Please limit requests to one every 5 seconds or contact us for larger queries.",
        "GDELT answered with a message instead of search results: \"Please limit requests to one every 5 seconds")]
    [InlineData("Invalid query.\n", "GDELT answered with a message instead of search results: \"Invalid query.\"")]
    [InlineData("The specified phrase is too short.", "\"The specified phrase is too short.\"")]
    [InlineData("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body></body></html>",
        "GDELT sent a web page (a captcha or consent page?) instead of search results: \"502 Bad Gateway\".")]
    [InlineData("{\"articles\": [{\"url\": \"https://a.example/1\", \"title\": \"Lab hires", "GDELT sent malformed or truncated JSON")]
    [InlineData("{\"articles\": [{\"url\": \"https://a.example/1\"}", "GDELT sent malformed or truncated JSON")]
    [InlineData("{\"articles\": [{\"title\": [[[[[\"deep\"]]]]]}]}", "GDELT sent malformed or truncated JSON")]
    [InlineData("[{\"url\": \"https://a.example/1\"}]", "the JSON is a list, not an object")]
    [InlineData("{\"articles\": {\"url\": \"https://a.example/1\"}}", "\"articles\" is an object, not a list")]
    [InlineData("{\"articles\": \"none\"}", "\"articles\" is a string, not a list")]
    [InlineData("{\"articles\": [1, \"x\", null, {\"title\": 5, \"url\": \"https://a.example/1\"}]}", "None of GDELT's 4 articles has a title and a web link.")]
    [InlineData("{\"articles\": [{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}, {\"title\": \"y\", \"url\": \"/relative\"}]}", "None of GDELT's 2 articles")]
    public void Parse_WhenTheAnswerIsNotAnArticleList_FailsWithAClearOneLineError(string body, string expected)
    {
        var result = Parse(body);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Parse_WhenAStringHoldsInvalidUtf8_FailsInsteadOfThrowing()
    {
        var body = Encoding.UTF8.GetBytes("{\"articles\": [{\"title\": \"AB\", \"url\": \"https://a.example/1\"}]}");
        body[Array.IndexOf(body, (byte)'A')] = 0xC3;

        var result = GdeltArticleList.Parse("g", body, FirstSeen, TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Contains("GDELT", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAMessageRunsOn_KeepsItShort()
    {
        var result = Parse("Invalid query: " + new string('x', 100_000));

        Assert.InRange(result.Error!.Length, 1, 300);
    }

    [Fact]
    public void Parse_WhenFieldsAndListsAreOversized_KeepsThemBounded()
    {
        var article = $"{{\"title\": \"{new string('t', 5_000)}\", \"url\": \"https://a.example/x\", \"domain\": \"{new string('d', 1_000)}\"}}";
        var body = "{\"articles\": [" + string.Join(',', Enumerable.Range(0, 300).Select(i => article.Replace("/x", "/" + i, StringComparison.Ordinal))) + "]}";

        var items = Parse(body).Items;

        Assert.Equal(GdeltWindow.MaxMaxRecords, items.Count);
        Assert.All(items, i => Assert.Equal(NewsItem.MaxTitleLength, i.Title.Length));
        Assert.All(items, i => Assert.InRange(i.Source!.Length, 1, 253));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-11-05 12:30")]
    [InlineData("99999999T999999Z")]
    public void Parse_WhenTheSeenDateIsUnreadable_DatesTheItemWhenFirstSeen(string seendate)
    {
        var item = Assert.Single(Parse($"{{\"articles\": [{{\"title\": \"x\", \"url\": \"https://a.example/1\", \"seendate\": \"{seendate}\"}}]}}").Items);

        Assert.Equal(FirstSeen, item.Published);
    }

    [Fact]
    public void Parse_WhenTheDomainIsMissing_NamesTheLinksHost()
    {
        var item = Assert.Single(Parse("{\"articles\": [{\"title\": \"x\", \"url\": \"https://news.example.org/1\"}]}").Items);

        Assert.Equal("news.example.org", item.Source);
    }

    private static ParseResult Parse(string body) =>
        GdeltArticleList.Parse("g", Encoding.UTF8.GetBytes(body), FirstSeen, TestContext.Current.CancellationToken);
}
