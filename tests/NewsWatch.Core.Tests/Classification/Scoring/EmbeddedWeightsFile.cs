using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification.Scoring;

/// <summary>
/// The embedded weights file read line by line, independently of <see cref="AlertWeightsFile"/>,
/// so tests can check the scorer against what the file says rather than against itself.
/// </summary>
internal static class EmbeddedWeightsFile
{
    public static string Text()
    {
        using var stream = typeof(AlertScorer).Assembly.GetManifestResourceStream("NewsWatch.Classification.alert-weights.tsv")
            ?? throw new InvalidOperationException("alert-weights.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Numeric rows keyed by everything before their last field: "bias", "feature⇥event", "version".</summary>
    public static Dictionary<string, double> Rows() =>
        Text().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(fields => double.TryParse(fields[^1], System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(fields => string.Join('\t', fields[..^1]), fields => double.Parse(fields[^1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The feature names in the order the file lists them.</summary>
    public static List<string> FeatureNames() =>
        [.. Text().Split('\n').Select(line => line.Split('\t')).Where(fields => fields[0] == "feature").Select(fields => fields[1])];
}
