using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Webhooks;

/// <summary>Checks a <see cref="SubscriptionRequest"/> field by field, collecting every problem at once.</summary>
internal sealed class SubscriptionValidator(OutboundGuard guard, bool allowPrivateNetworks)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public async Task<Subscription> ValidateAsync(SubscriptionRequest request, string id, string secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var url = await UrlAsync(request.Url, cancellationToken);
        var events = request.Events.Select(Event).OfType<AlertEvent>().Distinct().ToList();
        var languages = request.Languages.Select(Language).OfType<string>().Distinct().ToList();
        var orgs = Orgs(request.Orgs);
        var minScore = request.MinScore ?? 0;
        if (minScore is < 0 or > 1 || double.IsNaN(minScore))
            Add("minScore", "minScore must be between 0 and 1.");
        var format = WebhookFormat.Standard;
        if (request.Format is { } name && !Enum.TryParse(name, ignoreCase: true, out format))
            Add("format", $"Unknown format '{name}': use one of {string.Join(", ", Enum.GetNames<WebhookFormat>().Select(n => n.ToLowerInvariant()))}.");
        if (errors.Count > 0)
            throw new InvalidRequestException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

        return new Subscription(id, url!, secret, now)
        {
            Events = events,
            Orgs = orgs,
            Languages = languages,
            MinScore = minScore,
            Format = format,
            NotifyUpdates = request.NotifyUpdates,
        };
    }

    private async Task<Uri?> UrlAsync(string? text, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            Add("url", "url must be an absolute https URL.");
            return null;
        }

        if (url.AbsoluteUri.Length > SubscriptionRequest.MaxUrlLength)
            Add("url", $"url must be at most {SubscriptionRequest.MaxUrlLength} characters.");
        else if (url.Scheme == "http" && !allowPrivateNetworks)
            Add("url", "url must use https.");
        else if (await guard.RefusalAsync(url.Host, cancellationToken) is { } refusal)
            Add("url", refusal);
        return url;
    }

    private string[] Orgs(IReadOnlyList<string> names)
    {
        string[] orgs = [.. names.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (orgs.Length > SubscriptionRequest.MaxOrgs || orgs.Any(org => org.Length > SubscriptionRequest.MaxOrgLength))
            Add("orgs", $"orgs must list at most {SubscriptionRequest.MaxOrgs} names, each 1 to {SubscriptionRequest.MaxOrgLength} characters.");
        return orgs;
    }

    private AlertEvent? Event(string name)
    {
        if (Enum.TryParse<AlertEvent>(name, ignoreCase: true, out var value) && value != AlertEvent.None && !int.TryParse(name, out _))
            return value;
        Add("events", $"Unknown event '{name}': use one of {string.Join(", ", Enum.GetValues<AlertEvent>().Skip(1).Select(e => e.ToString().ToLowerInvariant()))}.");
        return null;
    }

    private string? Language(string code)
    {
        if (LanguageCode.Normalise(code) is { } normalised && code.Trim().Length == 2)
            return normalised;
        Add("languages", $"'{code}' is not a two-letter language code such as en or fr.");
        return null;
    }

    private void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
            errors[field] = list = [];
        list.Add(message);
    }
}
