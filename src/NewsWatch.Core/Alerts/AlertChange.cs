using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>What a joining report changed in an alert, in words for the <c>alert.updated</c> notice.</summary>
public static class AlertChange
{
    // A notice says what changed; a story's whole list of names is in the alert itself.
    private const int MaxNames = 5;

    public static string Describe(Alert before, Alert after, AlertSource joining)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(joining);
        var parts = new List<string>();
        if (after.Event != before.Event)
            parts.Add($"event changed from {Name(before.Event)} to {Name(after.Event)}");
        AddNew(parts, "people", before.People, after.People);
        AddNew(parts, "teams", before.Teams, after.Teams);
        AddNew(parts, "organisations", before.Orgs, after.Orgs);
        parts.Add($"new report: {joining.Outlet} ({joining.Language})");
        return string.Join("; ", parts);
    }

    private static void AddNew(List<string> parts, string what, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var added = after.Except(before, StringComparer.OrdinalIgnoreCase).Take(MaxNames).ToList();
        if (added.Count > 0)
            parts.Add($"{what} + {string.Join(", ", added)}");
    }

    private static string Name(AlertEvent alertEvent) => alertEvent.ToString().ToLowerInvariant();
}
