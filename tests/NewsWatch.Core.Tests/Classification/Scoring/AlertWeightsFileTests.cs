using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification.Scoring;

public class AlertWeightsFileTests
{
    [Fact]
    public void EmbeddedWeights_ListTheExtractorsFeatures_InItsOrder()
    {
        Assert.Equal(AlertFeatures.Names, EmbeddedWeightsFile.FeatureNames());
    }

    [Fact]
    public void EmbeddedWeights_Load_WithTheFilesNumbersAndStamp()
    {
        var rows = EmbeddedWeightsFile.Rows();

        var weights = LearnedWeights.Weights;

        Assert.Equal(rows["bias"], weights.Bias);
        Assert.Equal(AlertFeatures.Names.Select(name => rows[$"feature\t{name}"]), weights.Weights);
        Assert.Equal((int)rows["version"], weights.Version);
        Assert.True(weights.Version >= 1, $"version {weights.Version}");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", weights.Trained);
        Assert.StartsWith("sha256:", weights.TrainingSet, StringComparison.Ordinal);
        Assert.Contains("logistic regression", weights.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_GivesBackTheSameWeightsAndStamp()
    {
        var weights = new AlertWeights(-3.25, [0.5, 1, 2.125, -3, 0.75, -1.5, -0.0625])
        {
            Version = 7,
            Method = "test fit",
            Trained = "2025-01-02",
            TrainingSet = "sha256:abc (3 items in 1 files)",
        };
        var text = new StringWriter();

        AlertWeightsFile.Write(text, weights, ["made by a test"]);
        var read = AlertWeightsFile.Read(new StringReader(text.ToString()), "test.tsv");

        Assert.Equal(weights.Weights, read.Weights);
        Assert.Equal((weights.Bias, weights.Version, weights.Method, weights.Trained, weights.TrainingSet), (read.Bias, read.Version, read.Method, read.Trained, read.TrainingSet));
        Assert.StartsWith("# made by a test\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheFileWeighsOtherFeatures_RefusesWithTheDifference()
    {
        const string file = "version\t1\nbias\t-1\nfeature\tevent\t1\nfeature\tretired-feature\t2\n";

        var error = Assert.Throws<InvalidDataException>(() => AlertWeightsFile.Read(new StringReader(file), "old.tsv"));

        Assert.Contains("retired-feature", error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutAVersion_Refuses()
    {
        var file = "bias\t-1\n" + string.Concat(AlertFeatures.Names.Select(name => $"feature\t{name}\t0\n"));

        Assert.Throws<InvalidDataException>(() => AlertWeightsFile.Read(new StringReader(file), "unversioned.tsv"));
    }
}
