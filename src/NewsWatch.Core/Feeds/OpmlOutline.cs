namespace NewsWatch.Core.Feeds;

/// <summary>One feed listed in an OPML document.</summary>
public sealed record OpmlOutline(Uri Url, string? Title, string? Language);
