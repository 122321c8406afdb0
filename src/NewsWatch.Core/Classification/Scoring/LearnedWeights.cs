namespace NewsWatch.Core.Classification.Scoring;

/// <summary>The fitted weights embedded from <c>Classification/Data/alert-weights.tsv</c>, read on first use.</summary>
internal static class LearnedWeights
{
    public const string FileName = "alert-weights.tsv";

    private static readonly Lazy<AlertWeights> Embedded = new(Load);

    public static AlertWeights Weights => Embedded.Value;

    private static AlertWeights Load()
    {
        var resource = "NewsWatch.Classification." + FileName;
        using var stream = typeof(LearnedWeights).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Missing embedded data file {resource}.");
        using var reader = new StreamReader(stream);
        return AlertWeightsFile.Read(reader, FileName);
    }
}
