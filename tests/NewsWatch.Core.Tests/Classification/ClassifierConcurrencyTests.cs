using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>The classifier is a shared singleton: concurrent calls must not disturb each other.</summary>
public class ClassifierConcurrencyTests
{
    private static readonly (string Title, string Summary, string? Language)[] Items =
    [
        ("Alignment researcher quits OpenAI", "She cited safety concerns.", "en"),
        ("Meta disuelve su equipo de IA responsable", "Los investigadores cambian de división.", null),
        ("Trainer verlässt den Verein", "Der Klub sucht einen Nachfolger.", "de"),
        ("Nasce l'istituto per la sicurezza dell'IA", "Valuterà i modelli più avanzati.", null),
    ];

    [Fact]
    public void Classify_WhenCalledFromManyThreads_ReturnsWhatOneThreadReturns()
    {
        var expected = Items.Select(i => Describe(SharedClassifier.Instance.Classify(i.Title, i.Summary, i.Language))).ToArray();

        var results = new string[Items.Length * 50];
        Parallel.For(0, results.Length, n =>
        {
            var item = Items[n % Items.Length];
            results[n] = Describe(SharedClassifier.Instance.Classify(item.Title, item.Summary, item.Language));
        });

        for (var n = 0; n < results.Length; n++)
            Assert.Equal(expected[n % Items.Length], results[n]);
    }

    private static string Describe(ClassificationResult result) =>
        $"{result.Event} {result.Score:0.000} {result.Language} {string.Join('|', result.People)} {string.Join('|', result.Evidence.Select(e => e.Text))}";
}
