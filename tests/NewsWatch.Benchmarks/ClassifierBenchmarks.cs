using BenchmarkDotNet.Attributes;
using NewsWatch.Core.Classification;

namespace NewsWatch.Benchmarks;

/// <summary>
/// Classification throughput on one core: each operation classifies every sample item once,
/// so the reported time and allocation divide by <see cref="ItemCount"/> for per-item figures.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int ItemCount = 16;

    private readonly Classifier _classifier = new();
    private readonly (string Title, string Summary, string Language)[] _items = [.. SampleItems.All];

    [GlobalSetup]
    public void CheckItems()
    {
        if (_items.Length != ItemCount)
            throw new InvalidOperationException($"Update ItemCount to {_items.Length}.");

        // Warm the per-language stem caches, as a running service would have them.
        WithDeclaredLanguage();
    }

    [Benchmark(OperationsPerInvoke = ItemCount)]
    public double WithDeclaredLanguage()
    {
        var total = 0.0;
        foreach (var (title, summary, language) in _items)
            total += _classifier.Classify(title, summary, language).Score;
        return total;
    }

    [Benchmark(OperationsPerInvoke = ItemCount)]
    public double WithLanguageDetection()
    {
        var total = 0.0;
        foreach (var (title, summary, _) in _items)
            total += _classifier.Classify(title, summary).Score;
        return total;
    }
}
