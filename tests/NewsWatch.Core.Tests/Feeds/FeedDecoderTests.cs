using System.Text;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FeedDecoderTests
{
    private const string Title = "Café – “Größe” €";

    static FeedDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8", "utf-8", null)]
    [InlineData("utf-8", "iso-8859-1", null)]
    [InlineData("windows-1252", "windows-1252", null)]
    [InlineData("windows-1252", "iso-8859-1", null)]
    [InlineData("windows-1252", "windows-1252", "text/xml; charset=utf-8")]
    [InlineData("windows-1252", null, "text/xml; charset=windows-1252")]
    [InlineData("windows-1252", null, null)]
    [InlineData("utf-8", "windows-1252", "text/xml; charset=iso-8859-1")]
    [InlineData("utf-16", "utf-16", null)]
    public void Decode_WhenLabelsAgreeOrLie_ReturnsTheTextAsWritten(string actualEncoding, string? declared, string? contentType)
    {
        var declaration = declared is null ? string.Empty : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>";
        var encoding = Encoding.GetEncoding(actualEncoding);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes($"{declaration}<rss><title>{Title}</title></rss>")).ToArray();

        var text = FeedDecoder.Decode(bytes, contentType);

        Assert.Contains(Title, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16BE")]
    [InlineData("utf-16LE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void Decode_WhenUnicodeHasNoByteOrderMark_RecognisesItFromZeroBytes(string encodingName)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes($"<rss><title>{Title}</title></rss>");

        Assert.Equal($"<rss><title>{Title}</title></rss>", FeedDecoder.Decode(bytes, null));
    }

    [Theory]
    [InlineData("koi8-r", "Как пережить новогоднюю ночь")]
    [InlineData("windows-1251", "Как пережить новогоднюю ночь")]
    [InlineData("windows-1252", "Größere Übernahme: Café à côté")]
    [InlineData("windows-1252", "Ação e solução não são ótimas")]
    public void Decode_WhenNothingIsDeclared_GuessesTheSingleByteEncoding(string encodingName, string title)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes($"<rss><channel><title>{title}</title></channel></rss>");

        Assert.Contains(title, FeedDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenUtf8HasOneStrayByte_KeepsTheRestOfTheText()
    {
        var bytes = Encoding.UTF8.GetBytes($"<rss><title>{Title}</title><x>Кириллица and ünïcödé</x>").Append((byte)0xE9).ToArray();

        Assert.Contains(Title, FeedDecoder.Decode(bytes, "text/xml; charset=utf-8"), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenWindows1251IsDeclared_ReturnsCyrillic()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?><title>Цитата</title>");

        Assert.Contains("Цитата", FeedDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhenUtf8HoldsC1Controls_ReadsThemAsWindows1252Punctuation() =>
        Assert.Equal("don’t", FeedDecoder.Decode(Encoding.UTF8.GetBytes("don\u0092t"), null));
}
