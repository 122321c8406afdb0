namespace NewsWatch.Core.Feeds;

/// <summary>One feed subscription as OPML carries it.</summary>
/// <param name="Title">The outline's title (or text), else the feed URL.</param>
/// <param name="XmlUrl">The feed's address.</param>
/// <param name="Language">The language the outline declares, if any (ISO 639-1).</param>
public sealed record OpmlFeed(string Title, Uri XmlUrl, string? Language = null);
