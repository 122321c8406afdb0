namespace NewsWatch.Core.Classification;

/// <summary>Which weights turn an item's signals into its score.</summary>
public enum ScorerKind
{
    /// <summary>The weights set by hand over the four original signals.</summary>
    HandSet = 0,

    /// <summary>The logistic regression fitted by NewsWatch.Training, embedded as <c>alert-weights.tsv</c>.</summary>
    Learned,
}
