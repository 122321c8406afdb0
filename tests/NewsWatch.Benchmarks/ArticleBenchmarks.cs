using System.Text;
using BenchmarkDotNet.Attributes;
using NewsWatch.Core.Classification;

namespace NewsWatch.Benchmarks;

/// <summary>
/// Classification of full articles, as feeds that carry content:encoded deliver them: a title,
/// a one-sentence summary and an article of <see cref="ArticleBytes"/> bytes (UTF-8) made of
/// the sample items' sentences, one paragraph each. MB/s is ArticleBytes divided by the time.
/// </summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Classifier _classifier = new();
    private string _article = string.Empty;

    [Params(2048, 8192)]
    public int ArticleBytes { get; set; }

    [GlobalSetup]
    public void BuildArticle()
    {
        var paragraphs = SampleItems.All.Where(item => item.Language == "en").Select(item => $"{item.Title}. {item.Summary}").ToArray();
        var article = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(article.ToString()) < ArticleBytes; i++)
            article.Append(paragraphs[i % paragraphs.Length]).Append('\n');
        _article = article.ToString();
        WithDeclaredLanguage();
    }

    [Benchmark]
    public double WithDeclaredLanguage() =>
        _classifier.Classify("Lab reshapes its safety work", "What changes for the teams.", "en", _article, Published).Score;

    [Benchmark]
    public double WithLanguageDetection() =>
        _classifier.Classify("Lab reshapes its safety work", "What changes for the teams.", null, _article, Published).Score;
}
