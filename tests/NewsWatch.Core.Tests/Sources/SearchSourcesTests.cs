using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class SearchSourcesTests
{
    [Theory]
    [InlineData("\"AI safety\" (resigns OR quits)", "en")]
    [InlineData("\"sécurité de l'IA\" démission", "fr")]
    public void ASearchEveryEngineCanRun_IsNotRefused(string query, string language)
    {
        Assert.Null(SearchSources.Refusal(query, language));
    }

    [Theory]
    [InlineData("", "en", "empty")]
    [InlineData("(resigns OR", "en", "")]
    [InlineData("resigns", "sv", "does not support the language")]
    [InlineData("\"a\u0001b\"", "en", "control character")]
    public void ASearchNoEngineCanRun_IsRefusedWithTheReason(string query, string language, string reason)
    {
        var refusal = SearchSources.Refusal(query, language);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryWhoseEncodedUrlIsTooLongToWatch_IsRefusedBeforeAnythingIsStored()
    {
        // 400 characters, but 3.6 KB once percent-encoded: within the query limit, over the URL limit.
        var query = string.Concat(Enumerable.Repeat("安全 ", 133)).Trim();

        var refusal = SearchSources.Refusal(query, "en");

        Assert.NotNull(refusal);
        Assert.Contains("once encoded", refusal, StringComparison.Ordinal);
    }
}
