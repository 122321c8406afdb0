namespace NewsWatch.Training;

/// <summary>
/// One labelled item as the trainer sees it: the classifier's features for it, whether a
/// person labelled it an alert, and whether the classifier found an event in it (without one
/// an item never alerts, whatever its score, so only items with one teach the weights anything).
/// </summary>
/// <param name="Batch">The labelled file's batch ("probe3", or "fixtures" for the first hand-written files).</param>
internal sealed record TrainingExample(string Id, string Language, string Batch, bool IsAlert, bool HasEvent, IReadOnlyList<double> Features);
