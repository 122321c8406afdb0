using NewsWatch.Core.Classification.Knowledge;

namespace NewsWatch.Core.Tests.Classification.Knowledge;

public sealed class PluralVerbFormsTests
{
    [Theory]
    [InlineData("fr", "quitte", "=quittent")]
    [InlineData("fr", "claque la porte", "=claquent la porte")]
    [InlineData("de", "benennt ... um", "=benennen ... um")]
    [InlineData("de", "gründet", "=gründen")]
    [InlineData("de", "wechselt", "=wechseln")]
    [InlineData("de", "erweitert", "=erweitern")]
    [InlineData("nl", "hernoemt", "=hernoemen")]
    [InlineData("nl", "verlaat", "=verlaten")]
    [InlineData("nl", "neemt ontslag", "=nemen ontslag")]
    [InlineData("nl", "treedt ... af", "=treden ... af")]
    public void Of_ReadsAWordInTheRegularPlural_AsWritten(string language, string phrase, string expected) =>
        Assert.Contains(expected, PluralVerbForms.Of(phrase, language));

    [Theory]
    [InlineData("es", "renombra")]
    [InlineData("en", "quits")]
    [InlineData("de", "tritt ... zurück")]
    [InlineData("de", "=umbenennung")]
    [InlineData("fr", "renommé")]
    [InlineData("de", "ki-sicherheit*")]
    public void Of_LeavesStemmedLanguagesIrregularVerbsAndPatternsAlone(string language, string phrase) =>
        Assert.Empty(PluralVerbForms.Of(phrase, language));
}
