namespace NewsWatch.Core.Classification.Entities;

/// <summary>The organisations, people and teams an item names.</summary>
internal sealed record ExtractedEntities(IReadOnlyList<string> Orgs, IReadOnlyList<string> People, IReadOnlyList<string> Teams);
