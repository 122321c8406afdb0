using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class SearchResultKeyTests
{
    [Theory]
    [InlineData("www.harbourtimes.example", "« Sécurité de l’IA » : la directrice s'en va…", "search-result://harbourtimes.example/securite-de-l-ia-la-directrice-s-en-va")]
    [InlineData("M.HarbourTimes.example.", "Sécurité de l'IA: la directrice s’en va", "search-result://harbourtimes.example/securite-de-l-ia-la-directrice-s-en-va")]
    [InlineData("nordkurier.example", "KI-Sicherheit:  Straße   frei", "search-result://nordkurier.example/ki-sicherheit-strasse-frei")]
    public void For_GivesOneKeyWhateverTheQuotesAccentsSpacingAndMobileHost(string host, string title, string expected)
    {
        Assert.Equal(expected, SearchResultKey.For(host, title));
    }

    [Theory]
    [InlineData("", "Headline")]
    [InlineData("outlet.example", " — ! ")]
    public void For_WhenNothingIsLeftToKeyOn_IsNull(string host, string title)
    {
        Assert.Null(SearchResultKey.For(host, title));
    }
}
