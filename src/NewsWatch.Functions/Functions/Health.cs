using Azure;
using Azure.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions;

/// <summary>
/// <c>GET /api/health</c>: 200 while storage answers, 503 when it does not (within 5 s), with
/// when feeds were last polled and how many are failing. A monitor needs no more: the answer
/// never carries an exception's text or type (they name hosts, accounts and endpoints) nor
/// which feeds fail; the cause goes to the log.
/// </summary>
public sealed partial class Health(FeedStore feeds, ILogger<Health> logger)
{
    private static readonly TimeSpan StorageBudget = TimeSpan.FromSeconds(5);

    [Function(nameof(Health))]
    [Role(ApiRole.Reader)]
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
            LogStorageUnreachable(ex);
            return new JsonResponse(503, new HealthReport("unhealthy", false, null, null));
        }

        var failing = all.Count(f => f.IsEnabled && f.ConsecutiveFailures > 0);
        var lastPoll = all.Max(f => f.LastPolledAt);
        return JsonResponse.Ok(new HealthReport("healthy", true, lastPoll, new FailingFeeds(failing)));
    }

    /// <param name="FailingFeeds">Absent when storage did not answer: the number is then unknown.</param>
    public sealed record HealthReport(string Status, bool StorageReachable, DateTimeOffset? LastPollAt, FailingFeeds? FailingFeeds);

    /// <param name="Count">Enabled feeds whose last poll failed.</param>
    public sealed record FailingFeeds(int Count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage did not answer")]
    private partial void LogStorageUnreachable(Exception exception);
}
