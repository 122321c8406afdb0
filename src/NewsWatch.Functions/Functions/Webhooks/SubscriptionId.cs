using Microsoft.AspNetCore.Mvc;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>Subscription ids in routes: anything longer than an id could be is unknown without a storage read.</summary>
public static class SubscriptionId
{
    private const int MaxLength = 64;

    public static bool IsPlausible(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength;

    public static IActionResult NotFound(string? id) => Problems.NotFound($"There is no subscription '{id}'.");
}
