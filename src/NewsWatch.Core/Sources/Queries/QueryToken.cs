namespace NewsWatch.Core.Sources.Queries;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Or,
    Open,
    Close,
    Exclude,
}

/// <summary>One token of a query; <paramref name="Position"/> is 1-based, for error messages.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position);
