using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class XmlRepairTests
{
    [Theory]
    [InlineData("\n\n<?xml version=\"1.0\"?><rss><t>a</t></rss>", "a")]
    [InlineData("<!-- note --><?xml version=\"1.0\"?><rss><t>a</t></rss>", "a")]
    [InlineData("junk<rss><t>a</t></rss>", "a")]
    [InlineData("<rss><t>a&nbsp;b&hellip;</t></rss>", "a\u00A0b…")]
    [InlineData("<rss><t>Fish & Chips &amp; more</t></rss>", "Fish & Chips & more")]
    [InlineData("<rss><t>&bogus; entity</t></rss>", "&bogus; entity")]
    [InlineData("<rss><t>ab\bcd\u000F</t></rss>", "abcd")]
    [InlineData("<rss><t>a</t><t>cut off mid", "a")]
    public void MakeWellFormed_RepairsWhatBrowsersTolerate(string text, string expectedFirstValue)
    {
        var (document, _, error) = XmlRepair.MakeWellFormed(text);

        Assert.Null(error);
        Assert.Equal(expectedFirstValue, document!.Root!.Elements().First().Value);
    }

    [Fact]
    public void MakeWellFormed_WhenValid_ReturnsTheTextUnchanged()
    {
        const string text = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>a &amp; b</title></channel></rss>";

        Assert.Equal(text, XmlRepair.MakeWellFormed(text).Text);
    }

    [Fact]
    public void MakeWellFormed_DropsTheDoctypeSoNoEntityIsExpanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> ]>
            <rss><t>&c;</t></rss>
            """;

        var (document, _, _) = XmlRepair.MakeWellFormed(bomb);

        Assert.Null(document!.DocumentType);
        Assert.Equal("&c;", document.Root!.Value);
    }

    [Fact]
    public void MakeWellFormed_WhenNothingCanBeSaved_ReportsTheParserError()
    {
        var (document, _, error) = XmlRepair.MakeWellFormed("just some text");

        Assert.Null(document);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
