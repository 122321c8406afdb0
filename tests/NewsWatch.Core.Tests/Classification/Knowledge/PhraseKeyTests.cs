using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Tests.Classification.Knowledge;

public sealed class PhraseKeyTests
{
    [Theory]
    [InlineData("40", true)]
    [InlineData("120000", true)]
    [InlineData("1234567", false)]
    [InlineData("ex", false)]
    [InlineData("forty", false)]
    public void ANumberKey_MatchesACountWrittenInDigits_AndNothingElse(string word, bool matches) =>
        Assert.Equal(matches, new PhraseKey("{number}", PhraseKeyKind.Number).Matches(new TokenForms(word, word)));

    [Fact]
    public void APhraseWithANumber_CompilesItToANumberKey_BetweenItsWords()
    {
        var forms = new TokenFormCache(new Lucene.Net.Tartarus.Snowball.Ext.PortugueseStemmer());

        var keys = PhraseCompiler.Compile("contratar {number} pesquisadores", forms, forms);

        Assert.Equal([PhraseKeyKind.Stem, PhraseKeyKind.Number, PhraseKeyKind.Stem], keys.Select(k => k.Kind));
    }
}
