using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-key_1", "plain-key_1")]
    [InlineData("a/b\\c#d?e", "a%2Fb%5Cc%23d%3Fe")]
    [InlineData("O'Brien", "O%27Brien")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("nul\0", "nul%00")]
    [InlineData("del\u007F", "del%7F")]
    [InlineData("c1\u0080\u009F", "c1%80%9F")]
    [InlineData("Zürich\u00A0Ørsted 😀", "Zürich\u00A0Ørsted 😀")]
    public void Encode_EscapesEveryCharacterTableStorageForbidsOrODataQuotes(string raw, string expected) =>
        Assert.Equal(expected, TableKey.Encode(raw));

    [Theory]
    [InlineData("plain-key_1")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("it's 100% 'quoted'")]
    [InlineData("%2F already looks escaped")]
    [InlineData("\t\r\n\0\u007F\u0085\u009F")]
    [InlineData("Zürich 😀")]
    public void Decode_GivesBackTheEncodedText(string raw) =>
        Assert.Equal(raw, TableKey.Decode(TableKey.Encode(raw)));

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("'", "%27")]
    [InlineData("%", "%25")]
    [InlineData("\u007F", "%7F")]
    public void Encode_KeepsDistinctInputsDistinct(string one, string other) =>
        Assert.NotEqual(TableKey.Encode(one), TableKey.Encode(other));

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("50%")]
    [InlineData("%4")]
    [InlineData("%41 is no escape Encode writes")]
    public void Decode_LeavesAKeyWithoutEscapesAsItIs(string key) =>
        Assert.Equal(key, TableKey.Decode(key));

    [Fact]
    public void NewestFirst_SortsLaterTimesBeforeEarlierOnes()
    {
        var earlier = new DateTimeOffset(2024, 5, 17, 0, 0, 0, TimeSpan.Zero);

        Assert.True(string.CompareOrdinal(TableKey.NewestFirst(earlier.AddSeconds(1)), TableKey.NewestFirst(earlier)) < 0);
    }
}
