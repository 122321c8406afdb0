namespace NewsWatch.Training;

/// <summary>What a training run is given besides its data; the same settings give the same weights.</summary>
/// <param name="Folds">How many folds the cross-validation holds out in turn.</param>
/// <param name="Seed">Seeds the fold shuffle and ML.NET.</param>
/// <param name="L2">The logistic regression's L2 penalty, summed over examples as ML.NET does.</param>
internal sealed record TrainingSettings(int Folds = 5, int Seed = 1, float L2 = 1f);
