using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class HtmlMarkupTests
{
    [Theory]
    [InlineData("<p>Safety <b>team</b> grows</p>", " Safety  team  grows ")]
    [InlineData("before<script type=\"x\">var a = '<p>';</script>after", "before after")]
    [InlineData("before<STYLE>p { color: red }</STYLE>after", "before after")]
    [InlineData("a<!-- <p>hidden</p> -->b", "a b")]
    [InlineData("3 < 4 and 5 > 2", "3   2")]
    [InlineData("a < b", "a < b")]
    [InlineData("a <> b", "a <> b")]
    [InlineData("unclosed <script> tag, then text", "unclosed   tag, then text")]
    [InlineData("<!-- never closed", "<!-- never closed")]
    public void Strip_RemovesMarkupAsBrowsersDo(string html, string expected) =>
        Assert.Equal(expected, HtmlMarkup.Strip(html));

    [Fact]
    public void Strip_WithABlockSeparator_EndsALineAtEachBlockElement()
    {
        Assert.Equal("\nOne\n\nTwo\nthree \n", HtmlMarkup.Strip("<p>One</p><p>Two<br/>three </p>", ' ', '\n'));
    }

    [Theory]
    [InlineData("<script>", "  x ")]
    [InlineData("<!--", "<!-- x ")]
    [InlineData("<a", "<a x ")]
    [InlineData("<style x", "<style x x ")]
    public void Strip_OnThousandsOfUnclosedOpeners_StripsOnlyWhatIsMarkup(string opener, string expectedUnit)
    {
        var hostile = string.Concat(Enumerable.Repeat(opener + " x ", 20_000));

        var text = HtmlMarkup.Strip(hostile);

        Assert.Equal(string.Concat(Enumerable.Repeat(expectedUnit, 20_000)), text);
    }
}
