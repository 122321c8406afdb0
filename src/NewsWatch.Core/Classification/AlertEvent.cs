namespace NewsWatch.Core.Classification;

/// <summary>
/// The kinds of change NewsWatch alerts on, declared from least to most severe so that
/// comparing two values picks the one an item's headline event should be.
/// </summary>
public enum AlertEvent
{
    None = 0,
    Arrival,
    Formation,
    Resources,
    Restructuring,
    Departure,
    Dissolution,
}
