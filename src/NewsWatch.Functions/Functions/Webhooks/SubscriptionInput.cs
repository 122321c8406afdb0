using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>The body of <c>POST /api/subscriptions</c>; Core checks url, events, languages, minScore and format.</summary>
public sealed record SubscriptionInput(
    string? Url,
    IReadOnlyList<string>? Events,
    IReadOnlyList<string>? Orgs,
    IReadOnlyList<string>? Languages,
    double? MinScore,
    string? Format,
    bool? NotifyUpdates)
{
    private const int MaxOrgs = SubscriptionRequest.MaxOrgs;
    private const int MaxOrgLength = SubscriptionRequest.MaxOrgLength;

    /// <summary>The request for Core, or null with <paramref name="errors"/> filled for what only the host can see wrong.</summary>
    public SubscriptionRequest? ToRequest(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var orgs = Orgs ?? [];
        if (orgs.Count > MaxOrgs || orgs.Any(org => string.IsNullOrWhiteSpace(org) || org.Length > MaxOrgLength))
            errors.Add("orgs", $"orgs must list at most {MaxOrgs} names, each 1 to {MaxOrgLength} characters.");
        if (Events?.Any(e => e is null) == true)
            errors.Add("events", "events must not hold null.");
        if (Languages?.Any(l => l is null) == true)
            errors.Add("languages", "languages must not hold null.");
        if (errors.Any)
            return null;
        return new SubscriptionRequest(Url)
        {
            Events = Events ?? [],
            Orgs = orgs,
            Languages = Languages ?? [],
            MinScore = MinScore,
            Format = Format,
            NotifyUpdates = NotifyUpdates ?? false,
        };
    }
}
