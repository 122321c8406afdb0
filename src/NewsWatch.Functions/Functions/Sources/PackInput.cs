using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary>The body of <c>POST /api/sources/packs/{name}</c>, which may be empty: the languages and engines to add the pack in.</summary>
public sealed record PackInput(IReadOnlyList<string>? Langs, IReadOnlyList<string>? Engines)
{
    public (IReadOnlyList<string> Languages, IReadOnlyList<SearchEngine> Engines)? Validate(QueryPack pack, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(errors);
        var languages = new List<string>();
        foreach (var lang in Langs ?? [])
        {
            if (LanguageField.Parse(lang, "langs", errors) is not { } code)
                continue;
            if (pack.Languages.Contains(code))
                languages.Add(code);
            else
                errors.Add("langs", $"The pack has no queries in '{code}': it has {string.Join(", ", pack.Languages)}.");
        }

        var engines = EngineField.Parse(Engines, errors);
        return errors.Any ? null : (languages, engines);
    }
}
