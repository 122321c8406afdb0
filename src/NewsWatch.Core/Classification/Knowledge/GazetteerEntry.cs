namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>The kinds of named thing the gazetteers hold.</summary>
internal enum EntityKind
{
    Org,
    Team,
    Person,
}

/// <summary>A known organisation, team or person.</summary>
/// <param name="Kind">Organisation, team or person.</param>
/// <param name="Name">The canonical name (the first name on the row).</param>
/// <param name="ScopeWeight">How much its mention alone says "AI-safety work" (an AI safety institute: 1; a lab: 0).</param>
/// <param name="IsAi">Whether its mention says the story is about AI (labs, AI companies, institutes, safety people).</param>
internal sealed record GazetteerEntry(EntityKind Kind, string Name, double ScopeWeight, bool IsAi)
{
    /// <summary>The alias matched is an acronym ("CAIS"), which names the entry only written in capitals: "Cais" is another word.</summary>
    public bool IsAcronym { get; init; }

    /// <summary>The alias matched is a proper name of several capitalised words ("AI Safety Institute"): in lower case ("its own AI safety institute") it is a description.</summary>
    public bool IsProperName { get; init; }
}
