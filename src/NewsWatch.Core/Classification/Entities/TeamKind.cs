namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// What kind of work a team found from context does, the same word in every language: the
/// label of the scope cue that named it ("équipe d'éthique", "KI-Ethik-Team" and "AI ethics
/// team" are all <c>ethics</c>). An unknown lab's "alignment team" is then one team across
/// outlets, whatever each calls it.
/// </summary>
internal static class TeamKind
{
    // Scope labels tell AI safety from safety in general; a team's kind need not.
    private const string AiPrefix = "ai-";

    // Outlets call one team by different names: a lab's red team is its model-testing team, and its
    // alignment, risk or interpretability team is, to many reporters, its safety team.
    private static readonly Dictionary<string, string> SameTeam = new(StringComparer.Ordinal)
    {
        ["red-team"] = "evaluation",
        ["alignment"] = "safety",
        ["risk"] = "safety",
        ["interpretability"] = "safety",
        ["responsibility"] = "ethics",
        ["policy"] = "governance",
    };

    public static string Of(string scopeLabel)
    {
        ArgumentNullException.ThrowIfNull(scopeLabel);
        var kind = scopeLabel.StartsWith(AiPrefix, StringComparison.Ordinal) ? scopeLabel[AiPrefix.Length..] : scopeLabel;
        return SameTeam.GetValueOrDefault(kind, kind);
    }
}
