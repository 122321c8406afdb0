namespace NewsWatch.Core.Pipeline;

/// <summary>What one delivery cycle did.</summary>
public sealed record DeliverySummary(int Attempted, int Delivered, int Retrying, int Dead)
{
    public override string ToString() => $"{Attempted} deliveries attempted, {Delivered} delivered, {Retrying} to retry, {Dead} dead";
}
