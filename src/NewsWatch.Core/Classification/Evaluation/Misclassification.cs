namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>An item whose predicted event differs from its label, with the classifier's reasons.</summary>
public sealed record Misclassification(string Id, string Lang, string Title, AlertEvent Labelled, AlertEvent Predicted, double Score, IReadOnlyList<Evidence> Evidence);
