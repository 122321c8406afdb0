using Microsoft.ML;
using Microsoft.ML.Data;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>Turns examples into the ML.NET data view the trainers read: a label and a fixed-size feature vector.</summary>
internal static class FeatureRows
{
    /// <summary>The schema of <see cref="Row"/> with the vector's size fixed to the number of features, as trainers require.</summary>
    public static SchemaDefinition Schema
    {
        get
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, AlertFeatures.Names.Count);
            return schema;
        }
    }

    /// <summary>The examples with an event, the only ones whose score decides anything.</summary>
    public static IDataView Load(MLContext ml, IEnumerable<TrainingExample> examples) =>
        ml.Data.LoadFromEnumerable(examples.Where(e => e.HasEvent).Select(e => Row.Of(e.Features, e.IsAlert)).ToList(), Schema);

    internal sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];

        public static Row Of(IReadOnlyList<double> features, bool label = false) =>
            new() { Label = label, Features = [.. features.Select(f => (float)f)] };
    }
}
