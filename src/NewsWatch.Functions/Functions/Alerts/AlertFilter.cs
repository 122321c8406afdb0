using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>Reads <c>since, until, event, org, person, lang, limit, continuationToken</c> into an <see cref="AlertQuery"/>.</summary>
public static class AlertFilter
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Without <c>since</c>, this far back from <c>until</c>.</summary>
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(30);

    public static Input<AlertQuery> Read(IQueryCollection query, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reader = new QueryReader(query, errors);
        reader.AllowOnly("since", "until", "event", "org", "person", "lang", "limit", "continuationToken");
        var until = reader.Time("until") ?? now;
        var since = reader.Time("since") ?? until - DefaultRange;
        if (since >= until)
            errors.Add("since", "since must be before until.");
        var limit = reader.WholeNumber("limit", 1, MaxLimit) ?? DefaultLimit;
        var alertEvent = Event(reader.Text("event"), errors);
        var language = LanguageField.Parse(reader.Text("lang"), "lang", errors);
        var org = reader.Text("org", maxLength: 100);
        var person = reader.Text("person", maxLength: 100);
        var after = reader.Text("continuationToken", maxLength: 64);
        if (after is not null && AlertKey.Of(after) is null)
            errors.Add("continuationToken", "continuationToken must be one a previous page returned.");
        if (errors.Any)
            return Input.Invalid<AlertQuery>(errors.ToProblem());
        return Input.Valid(new AlertQuery(since, until, limit) { Event = alertEvent, Org = org, Person = person, Language = language, After = after });
    }

    private static AlertEvent? Event(string? name, FieldErrors errors)
    {
        if (name is null)
            return null;
        if (Enum.TryParse<AlertEvent>(name, ignoreCase: true, out var value) && value != AlertEvent.None && !int.TryParse(name, out _))
            return value;
        var known = Enum.GetValues<AlertEvent>().Where(e => e != AlertEvent.None).Select(e => e.ToString().ToLowerInvariant());
        errors.Add("event", $"Unknown event '{name}': use one of {string.Join(", ", known)}.");
        return null;
    }
}
