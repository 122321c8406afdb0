using System.Globalization;
using NewsWatch.Core.Classification.Knowledge;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Reads and writes <see cref="AlertWeights"/> as a small TSV: <c>version</c>, <c>method</c>,
/// <c>trained</c>, <c>training-set</c> and <c>bias</c> rows, then one <c>feature⇥name⇥weight</c>
/// row per feature in <see cref="AlertFeatures.Names"/> order. A file whose features differ from
/// the extractor's is refused: its weights would be applied to the wrong numbers.
/// </summary>
internal static class AlertWeightsFile
{
    public static AlertWeights Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var features = new List<(string Name, double Weight)>();
        foreach (var (line, fields, _) in TsvRows.Read(reader))
        {
            if (fields is ["feature", var feature, var weight])
                features.Add((feature, Number(weight, name, line)));
            else if (fields is [var key, var value])
                header[key] = value;
            else
                throw new InvalidDataException($"{name}:{line}: expected 'key⇥value' or 'feature⇥name⇥weight'.");
        }

        var listed = features.Select(f => f.Name).ToList();
        if (!listed.SequenceEqual(AlertFeatures.Names))
            throw new InvalidDataException($"{name} weighs features [{string.Join(", ", listed)}] but the extractor makes [{string.Join(", ", AlertFeatures.Names)}]: retrain it with NewsWatch.Training.");
        return new AlertWeights(Number(Required(header, "bias", name), name, 0), [.. features.Select(f => f.Weight)])
        {
            Version = int.Parse(Required(header, "version", name), CultureInfo.InvariantCulture),
            Method = header.GetValueOrDefault("method", string.Empty),
            Trained = header.GetValueOrDefault("trained", string.Empty),
            TrainingSet = header.GetValueOrDefault("training-set", string.Empty),
        };
    }

    public static void Write(TextWriter writer, AlertWeights weights, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(comments);
        foreach (var comment in comments)
            writer.Write($"# {comment}\n");
        writer.Write(Row("version", weights.Version.ToString(CultureInfo.InvariantCulture)));
        writer.Write(Row("method", weights.Method));
        writer.Write(Row("trained", weights.Trained));
        writer.Write(Row("training-set", weights.TrainingSet));
        writer.Write(Row("bias", Text(weights.Bias)));
        for (var i = 0; i < AlertFeatures.Names.Count; i++)
            writer.Write(Row("feature", $"{AlertFeatures.Names[i]}\t{Text(weights.Weights[i])}"));
    }

    // Written with '\n' whatever the platform: the file is embedded and hashed, and must not change with the OS that wrote it.
    private static string Row(string key, string value) => $"{key}\t{value}\n";

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Required(Dictionary<string, string> header, string key, string name) =>
        header.TryGetValue(key, out var value) ? value : throw new InvalidDataException($"{name} has no '{key}' row.");

    private static double Number(string text, string name, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{name}:{line}: '{text}' is not a number.");
}
