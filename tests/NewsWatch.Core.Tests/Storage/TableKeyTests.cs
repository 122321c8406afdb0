using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-key_1", "plain-key_1")]
    [InlineData("a/b\\c#d?e", "a%2Fb%5Cc%23d%3Fe")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("100%", "100%25")]
    public void Encode_EscapesEveryCharacterTableStorageForbids(string raw, string expected) =>
        Assert.Equal(expected, TableKey.Encode(raw));

    [Fact]
    public void Encode_KeepsDistinctInputsDistinct() =>
        Assert.NotEqual(TableKey.Encode("a/b"), TableKey.Encode("a%2Fb"));

    [Fact]
    public void NewestFirst_SortsLaterTimesBeforeEarlierOnes()
    {
        var earlier = new DateTimeOffset(2024, 5, 17, 0, 0, 0, TimeSpan.Zero);

        Assert.True(string.CompareOrdinal(TableKey.NewestFirst(earlier.AddSeconds(1)), TableKey.NewestFirst(earlier)) < 0);
    }
}
