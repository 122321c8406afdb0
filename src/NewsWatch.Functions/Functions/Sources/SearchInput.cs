using NewsWatch.Core.Sources;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary>The body of <c>POST /api/sources/search</c>: a query, its language, and optionally the engines.</summary>
public sealed record SearchInput(string? Query, string? Lang, IReadOnlyList<string>? Engines)
{
    public (string Query, string Language, IReadOnlyList<SearchEngine> Engines)? Validate(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var language = LanguageField.Parse(Lang, "lang", errors);
        if (Lang is null)
            errors.Add("lang", "lang is required: the language to search in (en, fr, de, es, it, pt or nl).");
        else if (language is not null && SearchSources.LanguageRefusal(language) is { } unsupported)
            errors.Add("lang", unsupported);
        if (SearchSources.QueryRefusal(Query) is { } refusal)
            errors.Add("query", refusal);
        else if (language is not null && !errors.Any && SearchSources.UrlRefusal(Query!, language) is { } tooLong)
            errors.Add("query", tooLong);
        var engines = EngineField.Parse(Engines, errors);
        return errors.Any ? null : (Query!, language!, engines);
    }
}
