using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>The project's own labelled items, read through the classifier into features, with a hash that names them.</summary>
internal sealed record TrainingSet(IReadOnlyList<TrainingExample> Examples, string Hash, int FileCount)
{
    /// <summary>What the weights file records: the hash and how many items and files it covers.</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"sha256:{Hash} ({Examples.Count} items in {FileCount} files)");

    /// <summary>Reads every <c>*.jsonl</c> of a folder, in ordinal name order so that folds and hashes never depend on the file system.</summary>
    public static TrainingSet Load(string directory, Classifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var files = Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new FileNotFoundException($"No labelled *.jsonl files in {directory}.");
        var examples = new List<TrainingExample>();
        foreach (var file in files)
        {
            var batch = BatchOf(Path.GetFileName(file));
            examples.AddRange(LabelledItemReader.ReadFile(file).Where(i => i.Label is not null).Select(item => Example(item, batch, classifier)));
        }

        return new TrainingSet(examples, HashOf(files), files.Count);
    }

    // Items are read as evaluation reads them: language declared, article and publication date included.
    private static TrainingExample Example(LabelledItem item, string batch, Classifier classifier)
    {
        var (result, signals) = classifier.ClassifyWithSignals(item.Title, item.Summary, item.Lang, item.Content, item.Published);
        return new TrainingExample(item.Id, item.Lang, batch, item.Label!.Event != AlertEvent.None, result.Event != AlertEvent.None, AlertFeatures.Of(signals));
    }

    /// <summary>"probe3.en.jsonl" → "probe3"; the first hand-written files ("en.jsonl") are "fixtures".</summary>
    internal static string BatchOf(string fileName)
    {
        var parts = fileName.Split('.');
        return parts.Length > 2 ? parts[0] : "fixtures";
    }

    // Line ends are normalised so that a checkout with CRLF names the same training set.
    private static string HashOf(List<string> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
            text.Append(Path.GetFileName(file)).Append('\n').Append(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
