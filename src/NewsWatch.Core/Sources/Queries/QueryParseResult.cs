namespace NewsWatch.Core.Sources.Queries;

/// <summary>A parsed query, or the clear reason the text is not one.</summary>
public sealed record QueryParseResult
{
    public SearchQuery? Query { get; init; }

    public string? Error { get; init; }

    public bool IsSuccess => Query is not null;

    public static QueryParseResult Failure(string error) => new() { Error = error };
}
