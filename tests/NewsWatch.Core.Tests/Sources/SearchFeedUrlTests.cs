using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class SearchFeedUrlTests
{
    [Theory]
    [InlineData("en", "hl=en-US&gl=US&ceid=US:en")]
    [InlineData("fr", "hl=fr&gl=FR&ceid=FR:fr")]
    [InlineData("de", "hl=de&gl=DE&ceid=DE:de")]
    [InlineData("es", "hl=es&gl=ES&ceid=ES:es")]
    [InlineData("it", "hl=it&gl=IT&ceid=IT:it")]
    [InlineData("pt", "hl=pt-BR&gl=BR&ceid=BR:pt-419")]
    [InlineData("nl", "hl=nl&gl=NL&ceid=NL:nl")]
    public void For_GoogleNews_AsksForTheLanguagesEdition(string language, string edition)
    {
        var url = SearchFeedUrl.For(SearchEngine.GoogleNews, "\"AI safety\" OR alignment", language);

        Assert.Equal($"https://news.google.com/rss/search?q=%22AI%20safety%22%20OR%20alignment&{edition}", url.AbsoluteUri);
    }

    [Theory]
    [InlineData("en", "setlang=en&cc=US")]
    [InlineData("fr", "setlang=fr&cc=FR")]
    [InlineData("de", "setlang=de&cc=DE")]
    [InlineData("es", "setlang=es&cc=ES")]
    [InlineData("it", "setlang=it&cc=IT")]
    [InlineData("pt", "setlang=pt&cc=BR")]
    [InlineData("nl", "setlang=nl&cc=NL")]
    public void For_BingNews_AsksForRssInTheLanguageAndCountry(string language, string edition)
    {
        var url = SearchFeedUrl.For(SearchEngine.BingNews, "(Anthropic OR OpenAI) -stock", language);

        Assert.Equal($"https://www.bing.com/news/search?q=%28Anthropic%20OR%20OpenAI%29%20-stock&format=rss&{edition}", url.AbsoluteUri);
    }

    [Theory]
    [InlineData("en", "english")]
    [InlineData("fr", "french")]
    [InlineData("de", "german")]
    [InlineData("es", "spanish")]
    [InlineData("it", "italian")]
    [InlineData("pt", "portuguese")]
    [InlineData("nl", "dutch")]
    public void For_Gdelt_PutsTheLanguageNameInTheQueryAndAsksForTheNewestDay(string language, string name)
    {
        var url = SearchFeedUrl.For(SearchEngine.Gdelt, "\"sécurité de l'IA\"", language);

        Assert.Equal(
            $"https://api.gdeltproject.org/api/v2/doc/doc?query=%22s%C3%A9curit%C3%A9%20de%20l%27IA%22%20sourcelang%3A{name}&mode=ArtList&format=json&maxrecords=75&timespan=24h&sort=DateDesc",
            url.AbsoluteUri);
    }

    [Fact]
    public void For_Gdelt_TakesTheWindowGiven()
    {
        var url = SearchFeedUrl.For(SearchEngine.Gdelt, "alignment", "en", new GdeltWindow(250, TimeSpan.FromMinutes(90)));

        Assert.Contains("&maxrecords=250&timespan=90min&", url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "fr", "query is empty")]
    [InlineData("   ", "fr", "query is empty")]
    [InlineData("safety\nteam", "fr", "one line")]
    [InlineData("alignment", "ja", "does not support the language \"ja\": use one of en, fr, de, es, it, pt, nl")]
    [InlineData("alignment", "", "does not support the language")]
    public void For_WhenNoEngineCouldAnswer_RefusesWithAMessageTheCliCanShow(string query, string language, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => SearchFeedUrl.For(SearchEngine.BingNews, query, language));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WhenTheQueryIsOversized_SaysHowLongItMayBe()
    {
        var refusal = SearchFeedUrl.Refusal(new string('a', SearchFeedUrl.MaxQueryLength + 1), "en");

        Assert.Equal($"The search query is {SearchFeedUrl.MaxQueryLength + 1} characters long; the engines take at most {SearchFeedUrl.MaxQueryLength}.", refusal);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(251, 60)]
    [InlineData(75, 5)]
    [InlineData(75, 60 * 24 * 91)]
    public void For_WhenGdeltWouldRefuseTheWindow_Refuses(int maxRecords, int minutes)
    {
        Assert.Throws<ArgumentException>(() => SearchFeedUrl.For(SearchEngine.Gdelt, "alignment", "en", new GdeltWindow(maxRecords, TimeSpan.FromMinutes(minutes))));
    }

    [Theory]
    [InlineData(SearchEngine.GoogleNews, "pt")]
    [InlineData(SearchEngine.BingNews, "fr")]
    [InlineData(SearchEngine.Gdelt, "nl")]
    [InlineData(SearchEngine.GoogleNews, "en")]
    [InlineData(SearchEngine.Gdelt, "de")]
    public void TryRead_OfABuiltUrl_GivesBackTheSearch(SearchEngine engine, string language)
    {
        const string query = "(\"AI safety\" OR \"sécurité de l'IA\") -crypto & more+";

        var read = SearchFeedUrl.TryRead(SearchFeedUrl.For(engine, query, language));

        Assert.Equal(new SearchFeed(engine, query, language), read);
    }

    [Theory]
    [InlineData("https://news.google.com/rss/search?q=alignment+research&hl=fr&gl=FR&ceid=FR:fr", SearchEngine.GoogleNews, "alignment research", "fr")]
    [InlineData("https://bing.com/news/search?q=alignment&format=RSS&mkt=de-DE", SearchEngine.BingNews, "alignment", "de")]
    [InlineData("https://api.gdeltproject.org/api/v2/doc/doc?query=alignment%20SourceLang:Italian&mode=artlist&format=json", SearchEngine.Gdelt, "alignment", "it")]
    public void TryRead_OfAUrlWrittenByHand_GivesBackTheSearch(string url, SearchEngine engine, string query, string language)
    {
        Assert.Equal(new SearchFeed(engine, query, language), SearchFeedUrl.TryRead(new Uri(url)));
    }

    [Theory]
    [InlineData("https://news.example.org/rss/search?q=x&hl=en")]
    [InlineData("https://news.google.com/rss/topics/CAAqBwgKMLm3mAsw?hl=en-US&gl=US&ceid=US:en")]
    [InlineData("https://news.google.com/rss/search?hl=en-US&gl=US&ceid=US:en")]
    [InlineData("https://news.google.com/rss/search?q=x&hl=ja&gl=JP&ceid=JP:ja")]
    [InlineData("https://www.bing.com/news/search?q=alignment&setlang=en")]
    [InlineData("https://api.gdeltproject.org/api/v2/doc/doc?query=alignment&mode=ArtList&format=json")]
    public void TryRead_OfAnythingElse_IsNull(string url)
    {
        Assert.Null(SearchFeedUrl.TryRead(new Uri(url)));
    }

    [Theory]
    [InlineData("https://news.google.com/rss/articles/CBMiX2h0dHBz", SearchEngine.GoogleNews)]
    [InlineData("https://www.bing.com/news/apiclick.aspx?url=x", SearchEngine.BingNews)]
    [InlineData("https://BING.com/news/search?q=x&format=rss", SearchEngine.BingNews)]
    [InlineData("https://api.gdeltproject.org/api/v2/doc/doc?query=x", SearchEngine.Gdelt)]
    [InlineData("https://google.com/search?q=x", null)]
    [InlineData("https://news.example.org/feed", null)]
    public void Of_TellsTheEngineByHost(string url, SearchEngine? expected)
    {
        Assert.Equal(expected, SearchEngines.Of(new Uri(url)));
    }
}
