using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Money put into safety work: a funding look-alike ("investiert", "investissement", "investeert")
/// followed closely in its sentence by what the money is for, when that is AI-safety work
/// ("investiert 50 Millionen Euro in KI-Sicherheit"), is a pledge of resources. Money for a company
/// that does the work ("an AI safety start-up") is a funding round still, and so is any round.
/// </summary>
internal static class Pledges
{
    private const string FundingLabel = "funding";

    // Investing is the one funding look-alike a lab's own budget is spoken of with, in all seven languages.
    private const string Invest = "invest";

    // Words after the work that make it a company's: "AI safety start-up", "KI-Sicherheitsfirma".
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "startup", "startups", "start", "company", "companies", "firm", "firms", "unternehmen", "firma", "firmen",
        "entreprise", "societe", "empresa", "empresas", "azienda", "aziende", "societa", "bedrijf", "bedrijven", "scale",
    };

    // "invests 50 million euros over three years in": the amount and its terms sit between.
    private const int MaxReach = 8;
    private const double PledgeWeight = 0.9;

    /// <summary>The indices of the funding look-alikes in <paramref name="cues"/> that fund safety work.</summary>
    public static IReadOnlySet<int> Find(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool isAi)
    {
        HashSet<int>? pledges = null;
        for (var i = 0; i < cues.Count; i++)
        {
            var funding = cues[i];
            if (funding.Value.Kind != CueKind.Lookalike || funding.Value.Label != FundingLabel || !funding.Value.Phrase.StartsWith(Invest, StringComparison.Ordinal))
                continue;
            for (var j = i + 1; j < cues.Count && cues[j].FirstToken - funding.EndToken <= MaxReach; j++)
            {
                var work = cues[j];
                if (work.FirstToken >= funding.EndToken && IsSafetyWork(work.Value, isAi)
                    && tokens[work.FirstToken].Sentence == tokens[funding.FirstToken].Sentence)
                {
                    if (!IsCompanyAfter(tokens, work))
                        (pledges ??= []).Add(i);
                    break;
                }
            }
        }

        return pledges ?? (IReadOnlySet<int>)FrozenSet<int>.Empty;
    }

    /// <summary>The look-alike read as the resources event it is.</summary>
    public static PhraseMatch<Cue> AsPledge(PhraseMatch<Cue> funding) =>
        funding with { Value = new Cue(CueKind.Event, nameof(AlertEvent.Resources).ToLowerInvariant(), PledgeWeight, funding.Value.Language, funding.Value.Phrase) };

    private static bool IsCompanyAfter(List<TextToken> tokens, PhraseMatch<Cue> work) =>
        work.EndToken < tokens.Count && tokens[work.EndToken].Sentence == tokens[work.FirstToken].Sentence
        && CompanyWords.Contains(tokens[work.EndToken].Forms.Surface);

    private static bool IsSafetyWork(Cue cue, bool isAi) => cue.Kind == CueKind.Scope || (cue.Kind == CueKind.ScopeIfAi && isAi);
}
