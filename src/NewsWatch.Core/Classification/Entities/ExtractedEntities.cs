namespace NewsWatch.Core.Classification.Entities;

/// <summary>The organisations, people and teams an item names.</summary>
/// <param name="TeamKinds">The kind of work of each team that shows it (see <see cref="TeamKind"/>), by its listed name, or by the words that describe a team not named.</param>
/// <param name="KnownTeams">The teams the gazetteer knows by name; the others are described by their work.</param>
/// <param name="SentencesWithPeople">Per sentence, whether it names a person or a job title: who a departure or arrival is about.</param>
internal sealed record ExtractedEntities(IReadOnlyList<string> Orgs, IReadOnlyList<string> People, IReadOnlyList<string> Teams, IReadOnlyDictionary<string, string> TeamKinds, IReadOnlyList<string> KnownTeams, bool[] SentencesWithPeople);
