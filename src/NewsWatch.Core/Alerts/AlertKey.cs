namespace NewsWatch.Core.Alerts;

/// <summary>Where an alert's row is: enough to read it back with one point read.</summary>
public sealed record AlertKey(string Partition, string Row);
