using Azure;
using Azure.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions;

/// <summary>
/// <c>GET /api/health</c>: 200 while storage answers, 503 when it does not (within 5 s), with
/// when feeds were last polled and which are failing.
/// </summary>
public sealed class Health(FeedStore feeds)
{
    private static readonly TimeSpan StorageBudget = TimeSpan.FromSeconds(5);

    [Function(nameof(Health))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StorageBudget);
        IReadOnlyList<WatchedFeed> all;
        try
        {
            all = await feeds.ListAsync(budget.Token);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or AuthenticationFailedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new JsonResponse(503, new HealthReport("unhealthy", false, null, new FailingFeeds(0, [])) { Error = ex.Message });
        }

        var failing = all.Where(f => f.IsEnabled && f.ConsecutiveFailures > 0).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        var lastPoll = all.Max(f => f.LastPolledAt);
        return JsonResponse.Ok(new HealthReport("healthy", true, lastPoll, new FailingFeeds(failing.Count, failing)));
    }

    public sealed record HealthReport(string Status, bool StorageReachable, DateTimeOffset? LastPollAt, FailingFeeds FailingFeeds)
    {
        public string? Error { get; init; }
    }

    public sealed record FailingFeeds(int Count, IReadOnlyList<string> Ids);
}
