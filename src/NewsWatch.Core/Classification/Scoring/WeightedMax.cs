namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Combines several cues of one sort: the strongest counts fully and the runner-up a little,
/// so that corroborating cues help without a long list of weak ones adding up to a strong one.
/// </summary>
internal struct WeightedMax
{
    private const double RunnerUpShare = 0.3;

    private double _best;
    private double _second;

    public readonly double Value => _best + (RunnerUpShare * _second);

    public void Add(double weight)
    {
        if (weight > _best)
            (_best, _second) = (weight, _best);
        else if (weight > _second)
            _second = weight;
    }
}
