namespace NewsWatch.Core.Sources.Queries;

/// <summary>Unwinds the parser on the first error; never escapes <see cref="SearchQuery.Parse"/>.</summary>
internal sealed class QueryParseException(string message) : Exception(message);
