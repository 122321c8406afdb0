namespace NewsWatch.Core.Alerts;

/// <summary>One outlet's report of an alert's event.</summary>
public sealed record AlertSource(string Outlet, Uri? Link, string Language, DateTimeOffset Published, string FeedId, string ItemId);
