namespace NewsWatch.Core.Feeds;

/// <summary>
/// The outlet an aggregator credits for an item it carries: RSS's
/// <c>&lt;source url="https://outlet.example"&gt;Outlet&lt;/source&gt;</c> (Google News) or
/// Bing News's <c>&lt;News:Source&gt;Outlet&lt;/News:Source&gt;</c>, which has no url.
/// </summary>
/// <param name="Name">Plain text, as the aggregator names the outlet.</param>
/// <param name="Url">The outlet's absolute http(s) address, when given.</param>
public sealed record OriginalSource(string Name, Uri? Url);
