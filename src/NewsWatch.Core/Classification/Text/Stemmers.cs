using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsWatch.Core.Classification.Text;

/// <summary>One <see cref="TokenFormCache"/> per supported language, each with its Snowball stemmer.</summary>
internal sealed class Stemmers
{
    private readonly FrozenDictionary<string, TokenFormCache> _byLanguage = new Dictionary<string, TokenFormCache>
    {
        ["en"] = new(new EnglishStemmer()),
        ["fr"] = new(new FrenchStemmer()),
        ["de"] = new(new GermanStemmer()),
        ["es"] = new(new SpanishStemmer()),
        ["it"] = new(new ItalianStemmer()),
        ["pt"] = new(new PortugueseStemmer()),
        ["nl"] = new(new DutchStemmer()),
    }.ToFrozenDictionary();

    public TokenFormCache For(string language) =>
        _byLanguage.TryGetValue(language, out var cache) ? cache : _byLanguage["en"];
}
