using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class XmlRepairTests
{
    private const string Bomb = """<!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">""";

    [Theory]
    [InlineData("\n\n<?xml version=\"1.0\"?><rss><t>a</t></rss>", "a")]
    [InlineData("<!-- note --><?xml version=\"1.0\"?><rss><t>a</t></rss>", "a")]
    [InlineData("junk<rss><t>a</t></rss>", "a")]
    [InlineData("<rss><t>a&nbsp;b&hellip;</t></rss>", "a\u00A0b…")]
    [InlineData("<rss><t>Fish & Chips &amp; more</t></rss>", "Fish & Chips & more")]
    [InlineData("<rss><t>&bogus; entity</t></rss>", "&bogus; entity")]
    [InlineData("<rss><t>ab\bcd\u000F</t></rss>", "abcd")]
    [InlineData("<rss><t>a</t><t>cut off mid", "a")]
    [InlineData("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss><t>a&nbsp;b</t></rss>", "a\u00A0b")]
    public void MakeWellFormed_RepairsWhatBrowsersTolerate(string text, string expectedFirstValue)
    {
        var repaired = XmlRepair.MakeWellFormed(text, TestContext.Current.CancellationToken);

        Assert.Null(repaired.Error);
        Assert.Equal(expectedFirstValue, repaired.Document!.Root!.Elements().First().Value);
    }

    [Theory]
    [InlineData($"<?xml version=\"1.0\"?><!DOCTYPE rss [ {Bomb} ]><rss><t>&c;</t></rss>")]
    [InlineData($"<?xml version=\"1.0\"?><!-- <!DOCTYPE decoy [] > --><!DOCTYPE rss [ {Bomb} ]><rss><t>&c;</t></rss>")]
    [InlineData($"<?xml version=\"1.0\"?><!DOCTYPE a []<!DOCTYPE a []<!-- long comment --><!DOCTYPE rss [ {Bomb} ]><rss><t>&c;</t></rss>")]
    [InlineData($"<!-- <!DOCTYPE decoy> --><?xml version=\"1.0\"?><!DOCTYPE rss [ {Bomb} ]><rss><t>&c;</t></rss>")]
    public void MakeWellFormed_NeverExpandsAnEntityADtdDeclares(string text)
    {
        var repaired = XmlRepair.MakeWellFormed(text, TestContext.Current.CancellationToken);

        if (repaired.Document is { } document)
        {
            Assert.Null(document.DocumentType);
            Assert.DoesNotContain("aaaaaaaaaa", document.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MakeWellFormed_NeverReadsAnExternalEntity()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "top secret");
        try
        {
            var text = $"""<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY x SYSTEM "file://{secret}"> ]><rss><t>&x;</t></rss>""";

            var repaired = XmlRepair.MakeWellFormed(text, TestContext.Current.CancellationToken);

            Assert.DoesNotContain("top secret", repaired.Document?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void MakeWellFormed_WhenCutInsideAnItem_KeepsTheWholeItemsAndDropsTheCutOne()
    {
        const string text = "<rss><channel><item><title>first</title></item><item><title>second</title></item><item><title>thi";

        var repaired = XmlRepair.MakeWellFormed(text, TestContext.Current.CancellationToken);

        Assert.Equal(["first", "second"], repaired.Document!.Descendants("item").Select(i => i.Value));
        Assert.True(repaired.DroppedPartialItem);
        Assert.NotNull(repaired.BrokeOff);
    }

    [Fact]
    public void MakeWellFormed_WhenCutInsideCdata_KeepsTheItemsBeforeTheCut()
    {
        const string text = "<rss><channel><item><title>whole</title></item><item><title><![CDATA[cut off in";

        var repaired = XmlRepair.MakeWellFormed(text, TestContext.Current.CancellationToken);

        Assert.Equal("whole", Assert.Single(repaired.Document!.Descendants("item")).Value);
    }

    [Fact]
    public void MakeWellFormed_WhenCancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => XmlRepair.MakeWellFormed("<rss><t>a</t></rss>", cancelled.Token));
    }

    [Fact]
    public void MakeWellFormed_WhenNothingCanBeSaved_ReportsTheParserError()
    {
        var repaired = XmlRepair.MakeWellFormed("just some text", TestContext.Current.CancellationToken);

        Assert.Null(repaired.Document);
        Assert.False(string.IsNullOrWhiteSpace(repaired.Error));
    }
}
