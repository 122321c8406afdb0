using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>
/// <c>GET /api/alerts/{id}/reports</c>: the text of each report of the alert, with the evidence
/// the classifier finds in it, for the dashboard's story view.
/// </summary>
public sealed class ListAlertReports(AlertStore alerts, StoryReports reports)
{
    [Function(nameof(ListAlertReports))]
    [Role(ApiRole.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts/{id:minlength(21)}/reports")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryReader.RefuseAny(request.Query) is { } refused)
            return refused;
        if (id is not { Length: <= 64 } || await alerts.FindAsync(id, cancellationToken) is not { } alert)
            return Problems.NotFound($"There is no alert '{id}'.");
        return JsonResponse.Ok(new ReportList(await reports.ReadAsync(alert, cancellationToken)));
    }

    public sealed record ReportList(IReadOnlyList<ReportText> Reports);
}
