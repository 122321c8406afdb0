namespace NewsWatch.Core.Classification.Entities;

/// <summary>The organisations, people and teams an item names.</summary>
/// <param name="SentencesWithPeople">Per sentence, whether it names a person or a job title: who a departure or arrival is about.</param>
internal sealed record ExtractedEntities(IReadOnlyList<string> Orgs, IReadOnlyList<string> People, IReadOnlyList<string> Teams, bool[] SentencesWithPeople);
