using System.Collections.Frozen;
using System.Buffers;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>Turns the cue and gazetteer matches of one item into <see cref="Signals"/> and evidence.</summary>
internal static class SignalCollector
{
    // A look-alike in the summary is often an aside ("...before the law takes effect"); in the title it is the story.
    private const double SummaryLookalikeDiscount = 0.5;

    // Deep in an article, a look-alike is context (the lab's last launch, the law in the works):
    // it must not sink a story for being long.
    private const double ArticleLookalikeDiscount = 0.2;

    // "Quillmark legt sein Alignment-Team zusammen": alignment or interpretability work in a text
    // that never says AI is still most likely AI-safety work, but less surely, and counts once
    // however often it is named. A red team, a preparedness office, a safety chief or an ethics
    // board is also the military's, a county's or any industry's, and needs AI said.
    private const double UnsaidAiShare = 0.6;

    private static readonly HashSet<string> AiWorkOnly = new(StringComparer.Ordinal) { "interpretability", "alignment" };

    // "il team Deep-Horizon Alignment": where a Romance language has a word of its own for aligning
    // things, the English one is borrowed for AI's alignment only. German and Dutch business prose
    // borrows it too ("das Alignment von Vertrieb und Produkt"), so there it must name a team or a
    // job ("Alignment-Team", "Alignment-Chefin").
    private static bool IsAiLoanword(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, PhraseMatch<Cue> match, string language) =>
        language != "en" && match.Value.Kind == CueKind.ScopeIfAi && AiWorkOnly.Contains(match.Value.Label)
        && tokens[match.FirstToken].Forms.Surface.StartsWith(match.Value.Label, StringComparison.Ordinal)
        && (language is not ("de" or "nl") || NamesATeam(tokens, cues, match));

    // How far from a borrowed word of work its team or job word may stand ("Alignment-Forschungsteam",
    // "nieuwe baas alignment").
    private const int TeamWordReach = 3;

    private static bool NamesATeam(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, PhraseMatch<Cue> work) =>
        cues.Exists(c => c.Value.Kind is CueKind.TeamNoun or CueKind.Role && tokens[c.FirstToken].Sentence == tokens[work.FirstToken].Sentence
            && (c.FirstToken >= work.FirstToken ? c.FirstToken - work.EndToken : work.FirstToken - c.EndToken) < TeamWordReach);

    // How far before an event cue a background marker ("after", "après", "tras") reaches.
    private const int BackdropReach = 3;

    // More tokens than any lexicon phrase spans, gaps included. Cues come in token order, so the
    // cues that can cover, precede or date one are its near neighbours: looking only there keeps
    // a long text with a cue in every word linear.
    internal const int MaxCueSpan = 64;

    // "Models" alone are cars, clothes or spreadsheets too; beside red-teaming, evaluations,
    // interpretability or work on extreme risks they are AI models ("une red team pour attaquer ses
    // modèles", "évaluer les risques extrêmes des modèles"). A carmaker's safety team tests models too.
    private const string ModelsLabel = "models";

    // "the model", "du modèle": one product's model is any industry's, so it says AI only in the
    // sentence that names the model work ("red-teamed the new model before its release").
    private const string OneModelLabel = "model";

    // The look-alikes that are other fields' work, which an AI may be built for ("hospital-model
    // maker"); a course, a launch or a law about AI is still that.
    private static readonly HashSet<string> OtherFields = new(StringComparer.Ordinal)
    {
        "health", "automotive", "aviation", "rail", "maritime", "nuclear", "food", "workplace", "weather", "sport", "finance", "defence", "public-safety",
    };
    // Whose change it is, when a look-alike names it: another field's team, a workforce's cuts.
    // Or a look-alike that says no change happened: considered, called off, a job advert, an
    // opinion, a denial. Below a telling headline these still count in full; a history's words
    // ("depuis sa création") there are background.
    private static readonly HashSet<string> NotContextOfAChange = new(StringComparer.Ordinal)
    {
        "trust-and-safety", "child-safety", "product-safety", "cyber", "job-cuts", "other-alignment", "business-role",
        UndecidedLabel, "called-off", "job-ad", JobRubricLabel, "opinion", "denial",
    };

    // The look-alikes that, anywhere in a text, say its change is a workforce's or did not happen.
    private static readonly HashSet<string> SaysOfTheWholeStory = new(StringComparer.Ordinal)
    {
        JobCutsLabel, UndecidedLabel, "called-off", "job-ad", JobRubricLabel, "opinion", "denial",
    };

    private static bool IsNoContextOfAChange(string label) => OtherFields.Contains(label) || NotContextOfAChange.Contains(label);

    private static readonly HashSet<string> ModelWork = new(StringComparer.Ordinal) { "red-team", "evaluation", "interpretability", "alignment", "ai-safety" };

    // Testing AI models covers what they could do for an attacker: there, cyber is the work.
    private const string CyberLabel = "cyber";
    private const string LaunchLabel = "launch";
    private const string LawLabel = "law";
    private const string DecreeLabel = "decree";
    private const string FraudLabel = "fraud";
    private const string MisuseLabel = "misuse";

    // Cues come in token order: a sentence's other cues are among the few either side.
    private const int SentenceCueReach = 16;
    private const string EducationLabel = "education";

    // Below a headline that tells a change of safety work, a lede's look-alike word is the story's
    // context ("denunciando", "regulação"), at this share.
    private const double TellingHeadlineLookalikeShare = 0.5;

    // A company's other news in the headline (a funding round, a launch) is the scene when the
    // body tells, in a sentence of its own, a change to its safety work. The headline's
    // look-alike then counts at this share.
    private const double SceneHeadlineLookalikeShare = 0.3;

    // The look-alikes that are a company's other news, which an article may open with before its
    // change. A trial's or a bill's body retells the dismissal or the duty it is about, so those
    // headlines stay what they say.
    private static readonly HashSet<string> SceneLabels = new(StringComparer.Ordinal) { "funding", LaunchLabel, LawsuitLabel };

    // A lawsuit is the scene only above a headline that tells no change, names no one's move and
    // names no safety work ("Publishers take the lab to court over training data"): a trial over a
    // dismissal ("Former researcher sues ...") or over safety claims retells in its body the
    // change it is about.
    private const string LawsuitLabel = "lawsuit";

    // A body cue this strong tells a change ("aufgelöst", "laid off"), not a hint ("former").
    private const double TellingWeight = EventTally.TellingCue;

    // A money word must be a full cue to tell one ("pledge", "allocation"): "investing" is the
    // funding story's own.
    private const double FullWeight = 1.0;

    // Safety work told this many times (in distinct phrases) besides "the new model" makes it an AI model.
    private const int MinModelWorkTellings = 2;

    // "Commento.", "Opinion |", "Tribune :": the words that set a rubric off from the lede.
    private const string OpinionLabel = "opinion";
    private const string JobRubricLabel = "job-rubric";
    private const string UndecidedLabel = "undecided";
    private const string FounderLabel = "founder";
    private const string JobCutsLabel = "job-cuts";

    // "chief of model evaluations quits": how many words may stand between a job and its move.
    private const int RoleReach = 3;
    private static readonly SearchValues<char> RubricBreaks = SearchValues.Create(".:|–—");
    // As strong as a denial: the headline says the item is about a person's past, not a change.
    private static readonly Cue ProfileCue = new(CueKind.Lookalike, "profile", 1.5, "any", "(a profile's headline)");
    // As strong as a profile: a question-and-answer piece under a headline that tells no change
    // is an interview; what its lede retells (a rumour, a past exit) is why the interview was asked for.
    private static readonly Cue InterviewCue = new(CueKind.Lookalike, "interview", 1.5, "any", "(an interview's questions under a headline telling no change)");
    // As strong as "new head": a headline's job called new ("new evaluations chief") is an arrival.
    private static readonly Cue NewHeadCue = new(CueKind.Event, "arrival", 0.8, "any", "(a job the headline calls new)");
    private static readonly Cue ModelLaunchCue = new(CueKind.Lookalike, LaunchLabel, 1.0, "any", "(a model launched)");
    private static readonly Cue JobAdvertCue = new(CueKind.Lookalike, "job-ad", 1.5, "any", "(a hiring word the headline sets off with a colon)");


    private static readonly HashSet<string> ModelTesting = new(StringComparer.Ordinal) { "red-team", "evaluation" };

    public static Signals Collect(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        List<PhraseMatch<GazetteerEntry>> entities,
        List<Evidence> evidence,
        int? publishedYear,
        bool[] sentencesWithPeople,
        Func<TextToken, string, bool> isGivenName,
        string language)
    {
        // Team names such as "Preparedness" or "Responsible AI" match in any capitalisation, so on
        // their own they do not say the text is about AI ("FEMA's preparedness chief").
        // An unknown start-up that names itself "Helix Labs" or "Polder AI" is an AI company too.
        var saysAi = cues.Exists(m => m.Value.Kind == CueKind.Scope || (m.Value.Kind == CueKind.AiContext && m.Value.Label is not (ModelsLabel or OneModelLabel)) || IsAiLoanword(tokens, cues, m, language))
            || entities.Exists(m => m.Value.IsAi && m.Value.Kind != EntityKind.Team)
            || Entities.StartupName.AnyIn(text, tokens);
        var isAi = saysAi || TestsModels(cues) || TestsOneModel(tokens, cues) || TestsOneModelOfNoOtherField(tokens, cues);
        var pledges = Pledges.Find(tokens, cues, isAi);
        // Only where the text says AI in other words than "models": a bank's red team tests threat models.
        var testsAiModels = saysAi && cues.Exists(m => m.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && ModelTesting.Contains(m.Value.Label));
        var namedSentences = SentencesNamingSomeone(text, tokens, isGivenName);
        var tally = new Tally(text, tokens, evidence, EventSentences(tokens, cues, pledges), sentencesWithPeople, TitleNamesSafetyWork(tokens, cues, entities, isAi), namedSentences, SafetyWorkStarts(tokens, cues));
        var past = new PastTimes(text, tokens, cues, publishedYear);
        var moveSentences = PersonsMoveSentences(tokens, cues, namedSentences, past);
        var staysOn = StaysOnSentences(tokens, cues);
        // Only a headline with a denial can deny the question it asks.
        var questionSentences = Denials.QuestionSentences(text, tokens);
        var questions = cues.Exists(c => Denials.IsDenial(c.Value) && tokens[c.FirstToken].InTitle) ? questionSentences : null;
        // Cues come in token order: the title's are all seen before the lede's.
        var titleTellsAChange = false;
        var unsaidAiCounted = false;
        var titleTellsAFormation = false;
        var titleTellsADeparture = false;
        var titleHasLookalike = cues.Exists(c => c.Value.Kind == CueKind.Lookalike && !Denials.IsDenial(c.Value) && tokens[c.FirstToken].InTitle);
        // Adverts use event words too ("hires a Head of Alignment", "newly created team"); a
        // closure, a reorganisation, a departure or a named person's move is news under any rubric.
        var titleTellsAnEnd = cues.Exists(c => c.Value.Kind == CueKind.Event && tokens[c.FirstToken].InTitle && c.Value.Event is AlertEvent.Dissolution or AlertEvent.Restructuring);
        var titleTellsAnExit = cues.Exists(c => c.Value.Kind == CueKind.Event && tokens[c.FirstToken].InTitle && c.Value.Event == AlertEvent.Departure && !c.Value.IsFormer);

        var headlineDeniesAndTellsNoChange = IsDenialHeadlineTellingNoChange(tokens, cues, sentencesWithPeople);
        var movesWithin = TellsOnlyAnInternalMove(tokens, cues);
        var pastFields = FieldsOfSomeonesPast(tokens, cues);
        var bodyQuestions = InterviewQuestions.BodyQuestions(questionSentences, tokens);
        for (var i = 0; i < cues.Count; i++)
        {
            var match = cues[i];
            var cue = match.Value;
            if (CueOverlaps.IsShadowed(i, cues))
                continue;
            if (cue.Kind == CueKind.Event && Denials.Of(text, i, cues, tokens, questions) is { } denial)
            {
                // A headline that denies its own change ("denies it will disband ...") is a denial
                // story, and so is a lede that does under a headline telling no change of its own:
                // what the rest retells of the rumour is not news either.
                if (tokens[match.FirstToken].InTitle || (!tokens[match.FirstToken].InArticle && !titleTellsAChange))
                    tally.AddLookalike(denial);
                continue;
            }

            if (cue.Kind == CueKind.Event && InterviewQuestions.Asks(bodyQuestions, tokens[match.FirstToken]))
                continue;

            // "lösen auf der Konferenz ein Rätsel": the particle is a preposition there.
            if (cue.Kind is CueKind.Event or CueKind.Lookalike && SeparableParticle.IsAPreposition(text, tokens, match))
                continue;

            // "will zu Ostravel wechseln", "pourrait quitter": wished or guessed at, not done; "¿Tiene
            // sentido disolver ...?" weighed, not done.
            if (cue.Kind == CueKind.Event && (Speculation.Hedges(text, tokens, match, language) || AskedChange.IsAsked(text, tokens, match, questionSentences)))
                continue;

            if (cue.Kind == CueKind.Event && Negation.Negates(text, tokens, match))
            {
                // "X denies: «the team is not closing»": a headline that denies and negates its change is a denial story.
                if (tokens[match.FirstToken].InTitle && Denials.InSentence(i, cues, tokens) is { } headlineDenial)
                    tally.AddLookalike(headlineDenial);
                continue;
            }

            // "supprime 45 postes" cuts jobs; "antes de cada lançamento" is when the evaluators test,
            // not a launch: a longer look-alike or phrase of safety work explains the event word.
            if (cue.Kind == CueKind.Event && (CueOverlaps.IsExplainedBy(CueKind.Lookalike, i, cues) || IsSafetyWorkWording(i, cues, isAi)))
                continue;
            // "a présenté sa démission" resigns: its "présenté" is no launch, nor is the launch a
            // safety board may "delay": a longer phrase of change or of safety work explains it.
            if (cue.Kind == CueKind.Lookalike && (CueOverlaps.IsExplainedBy(CueKind.Event, i, cues) || IsSafetyWorkWording(i, cues, isAi)))
                continue;
            if (cue.Kind == CueKind.Event && tokens[match.FirstToken].InTitle)
            {
                titleTellsAChange = true;
                titleTellsAFormation |= cue.Event == AlertEvent.Formation;
                titleTellsADeparture |= cue.Event == AlertEvent.Departure;
            }
            switch (cue.Kind)
            {
                // "aparta a X del red team | la reasignó a alianzas": a word that may tell either a
                // departure or an internal move tells the move where the headline and lede tell only moves.
                case CueKind.Event when cue.Event == AlertEvent.Departure && movesWithin && AlsoReads(AlertEvent.Restructuring, i, cues):
                    break;
                case CueKind.Event when cue.Event == AlertEvent.Departure && staysOn[tokens[match.FirstToken].Sentence]:
                    tally.AddEvent(AsInternalMove(match), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "lanza su modelo más avanzado", "stellt neues Sprachmodell vor": launching a model is a
                // product's launch, not a unit's formation; a headline about it is a launch story,
                // and further down it is only what else happened.
                case CueKind.Event when cue.Event == AlertEvent.Formation && VerbObjects.IsAModel(text, tokens, cues, i):
                    // "... lança o Gaivota-2 e perde a chefe de alinhamento": a headline that also tells a
                    // change of people or teams is about both; the GPUs a model was trained on are not one.
                    if (tokens[match.FirstToken].InTitle && !TitleTellsAChangeBesides(AlertEvent.Formation, tokens, cues))
                        tally.AddLookalike(new PhraseMatch<Cue>(match.FirstToken, match.TokenCount, ModelLaunchCue));
                    break;
                // "streicht zugesagte Rechenkapazität", "divise par deux la puissance de calcul": a
                // cut whose object is compute or money is that resource's cut, not the team's end.
                case CueKind.Event when cue.Event is AlertEvent.Dissolution or AlertEvent.Restructuring && VerbObjects.IsAResource(text, tokens, cues, i):
                    break;
                // "AI safety bill splits the industry": only a team or a body split is reorganised.
                case CueKind.Event when cue.Event == AlertEvent.Restructuring && VerbObjects.SplitsNoTeam(tokens, cues, i):
                    break;
                // "le budget amputé de moitié": halving a resource named just before is its cut.
                case CueKind.Event when cue.Event == AlertEvent.Restructuring && VerbObjects.ShrinksTheResourceBefore(text, tokens, cues, i):
                    break;
                // "stellt seine KI-Sicherheitsforschung ein": stopping research or a team ends it.
                case CueKind.Event when cue.Event == AlertEvent.Arrival && VerbObjects.StopsWork(tokens, cues, i):
                    tally.AddEvent(AsEvent(match, AlertEvent.Dissolution), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "L'institut se dote d'un nouveau directeur": a body given a head gains a person.
                case CueKind.Event when cue.Event == AlertEvent.Formation && VerbObjects.GivesAHead(tokens, cues, i):
                    tally.AddEvent(AsEvent(match, AlertEvent.Arrival), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "streicht ein Drittel seines KI-Sicherheitsteams": ending a share of a team downsizes it.
                case CueKind.Event when cue.Event == AlertEvent.Dissolution && VerbObjects.CutsAShare(tokens, cues, i):
                    tally.AddEvent(AsEvent(match, AlertEvent.Restructuring), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "cuts its model-safety team from 40 to 12": a cut whose object is a team downsizes it.
                case CueKind.Event when cue.Event == AlertEvent.Resources && VerbObjects.ShrinksATeam(text, tokens, cues, i):
                    tally.AddEvent(AsEvent(match, AlertEvent.Restructuring), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "Nébula Cómputo": a word of change that ends a company's name is the name.
                case CueKind.Event when match.TokenCount == 1 && Entities.StartupName.EndsAt(text, tokens, match.FirstToken, anyCompany: true):
                    break;
                // "designa l'Istituto ... come istituto nazionale", "beruft Ethikrat": designating a body or
                // appointing a committee sets it up.
                case CueKind.Event when cue.Event == AlertEvent.Arrival && (VerbObjects.DesignatesABody(tokens, cues, i) || VerbObjects.AppointsACommittee(tokens, cues, i)):
                    tally.AddEvent(AsEvent(match, AlertEvent.Formation), IsBackdrop(i, cues, tokens) || past.Dates(match));
                    break;
                // "Tamsford Labs is hiring: Staff Engineer, Evaluations": a hiring word the headline sets
                // off with a colon opens an advert's job title; "is hiring Brisklane's head of alignment" hires someone.
                case CueKind.Event when cue.Event == AlertEvent.Arrival && tokens[match.FirstToken].InTitle && IsSetOffByAColon(text, tokens, match):
                    tally.AddLookalike(new PhraseMatch<Cue>(match.FirstToken, match.TokenCount, JobAdvertCue));
                    break;
                // "quitte son laboratoire public pour diriger les tests de modèles": of an exit and the
                // post it is for, the one beside the safety work is the news.
                case CueKind.Event:
                    tally.AddEvent(match, IsBackdrop(i, cues, tokens) || past.Dates(match) || LeavesToLead.IsTheLesserMove(tokens, cues, entities, i, isAi));
                    break;
                case CueKind.Scope or CueKind.ScopeIfAi when Negation.SaysAbsent(tokens, cues, match):
                    break;
                case CueKind.Scope:
                case CueKind.ScopeIfAi when isAi:
                    tally.AddScope(match, cue.Weight, $"AI-safety scope: {cue.Label} ({cue.Language})");
                    break;
                case CueKind.ScopeIfAi when AiWorkOnly.Contains(cue.Label) && !unsaidAiCounted:
                    tally.AddScope(match, cue.Weight * UnsaidAiShare, $"AI-safety scope, AI unsaid: {cue.Label} ({cue.Language})");
                    unsaidAiCounted = true;
                    break;
                // Testing AI models covers what they could do for an attacker: there, cyber is the work, not another field.
                case CueKind.Lookalike when testsAiModels && cue.Label == CyberLabel:
                    break;
                // "Meridale denies report it will shut its alignment team": a headline that denies
                // something of the team and tells no change of its own is a denial story; what its
                // lede retells is the rumour. Denying something else ("denies pressure") is not.
                case CueKind.Lookalike when headlineDeniesAndTellsNoChange && Denials.IsDenial(cue) && tokens[match.FirstToken].InTitle && DeniesSomethingOfTheTeam(text, tokens, cues, match):
                    tally.AddLookalike(match);
                    break;
                // A denial takes back only the change it denies (IsDenied), not the whole story.
                case CueKind.Lookalike when Denials.IsDenial(cue):
                    break;
                // Setting something up is launching it: below a headline that tells a formation, a
                // lone "unveiled" or "presented" retells it; "a spec sheet", "safety features" still
                // tell of a product.
                case CueKind.Lookalike when cue.Label == LaunchLabel && match.TokenCount == 1 && titleTellsAFormation && !tokens[match.FirstToken].InTitle:
                    break;
                // "ha presentato la nuova unità": presenting a new unit is forming it, not a product's launch.
                case CueKind.Lookalike when cue.Label == LaunchLabel && match.TokenCount == 1 && VerbObjects.PresentsAFormation(cues, i):
                    break;
                // "leaves for driverless start-up Peldrake", "wechselt zu einem Autobauer": where the
                // one who left goes is no field of the story's.
                case CueKind.Lookalike when tally.IsTheDestinationOfTheHeadlinesExit(match):
                    break;
                // Below a headline that tells someone left, and nothing else, a model's launch is why
                // ("resigned over the rushed launch of the new model"), not what the story is. A
                // lawsuit stays a look-alike there: a trial over an old firing is no news of one.
                case CueKind.Lookalike when cue.Label == LaunchLabel && titleTellsADeparture && !titleHasLookalike && !tokens[match.FirstToken].InTitle:
                    break;
                // "istituito con decreto", "criado por decreto", "established by law": the act that
                // sets a body up is how it is created, not a story about a law.
                case CueKind.Lookalike when cue.Label == LawLabel && VerbObjects.FollowsAFormation(cues, i):
                    break;
                case CueKind.Lookalike when cue.Label == DecreeLabel && VerbObjects.IsTheActOfAFormation(tokens, cues, i):
                    break;
                // "a safety team to fight fraud and misuse of its models": fraud through the lab's own
                // models is misuse, safety work; a bank's team against fraud is not.
                case CueKind.Lookalike when cue.Label == FraudLabel && SaysMisuse(tokens, cues, i):
                    break;
                // "ferme son institut, deux ans après l'avoir lancé": after a headline's own change,
                // the time since says when the change comes, not that the story is a retrospective.
                case CueKind.Lookalike when TimeSince.FollowsTheHeadlinesChange(tokens, cues, i):
                    break;
                // "Cumbre Systems", "Summit Labs": a look-alike word that opens a company's name is the company.
                case CueKind.Lookalike when match.TokenCount == 1 && match.EndToken < tokens.Count && Entities.StartupName.EndsAt(text, tokens, match.EndToken, anyCompany: true):
                    break;
                // "cesó a Dana Whitcombe-Ruiz": a known given name inside a sentence, right before
                // another capitalised word that is no cue, is someone's name, not a look-alike.
                case CueKind.Lookalike when match.TokenCount == 1 && OpensAPersonsName(text, tokens, cues, i, isGivenName):
                    break;
                // "hospital-model maker", "healthcare AI start-up": a field written onto AI names what the
                // AI is for, not another field's story.
                case CueKind.Lookalike when match.TokenCount == 1 && OtherFields.Contains(cue.Label) && QualifiesAi(text, tokens, cues, i):
                    break;
                // "Former airline regulator joins ...": a field right after "former" is someone's past, not the story's.
                case CueKind.Lookalike when CueOverlaps.DescribesSomeonesPast(i, cues, tokens):
                    break;
                // "taps former aviation regulator ... | who spent years certifying flight software": once
                // a field is someone's past, the words of that field retell the past.
                case CueKind.Lookalike when pastFields.Contains(cue.Label):
                    break;
                // "titulaire d'un master", "die een opleiding volgde": a degree beside a person is their past.
                case CueKind.Lookalike when cue.Label == EducationLabel && sentencesWithPeople[tokens[match.FirstToken].Sentence]:
                    break;
                case CueKind.Lookalike when pledges.Contains(i):
                    tally.AddEvent(Pledges.AsPledge(match), past.Dates(match));
                    break;
                // "Commento. Dalle dimissioni di ...": the outlet's rubric opening the lede labels the
                // whole piece, as one in the headline does.
                case CueKind.Lookalike when cue.Label == OpinionLabel && OpensTheLedeAsARubric(text, tokens, match):
                    tally.AddLookalike(match, asHeadline: true);
                    break;
                // "Jobs: Research Scientist, Alignment": a board's rubric, set off at the headline's
                // start, labels the item as an advert. Anywhere else the word is ordinary ("cuts 200 jobs").
                case CueKind.Lookalike when cue.Label == JobRubricLabel:
                    if (!titleTellsAnEnd && !(moveSentences[0] && (namedSentences[0] || titleTellsAnExit)) && OpensTheHeadlineAsARubric(text, tokens, match))
                        tally.AddLookalike(match);
                    break;
                // "Its founders left the lab's alignment team": a founder's past is the company's history.
                case CueKind.Role when cue.Label == FounderLabel:
                    tally.AddFounder(match);
                    break;
                // "... resigns as the board is weighing a sale": a person's move told in the same
                // sentence, or in the headline, is a fact; what is weighed is something else.
                case CueKind.Lookalike when cue.Label == UndecidedLabel
                    && (moveSentences[tokens[match.FirstToken].Sentence] || (!tokens[match.FirstToken].InTitle && moveSentences[0])):
                    break;
                case CueKind.Lookalike:
                    tally.AddLookalike(match);
                    break;
                default:
                    break;
            }
        }

        foreach (var match in entities.Where(m => m.Value.ScopeWeight > 0 && (isAi || m.Value.Kind != EntityKind.Team)))
            tally.AddScope(match, match.Value.ScopeWeight, $"known safety {match.Value.Kind.ToString().ToLowerInvariant()}: {match.Value.Name}");
        // A feature about someone's life after the lab: its old job, retold below, is no news.
        if (ProfileHeadline.Is(text, tokens, cues, entities))
            tally.AddLookalike(new PhraseMatch<Cue>(0, 1, ProfileCue));
        // "an interview with Tarnfield AI's new red-team chief": the headline names an arrival.
        if (!titleTellsAChange && VerbObjects.NewHeadInTitle(text, tokens, cues) is var head and >= 0)
        {
            tally.AddEvent(new PhraseMatch<Cue>(head, 1, NewHeadCue), isBackdrop: false);
            titleTellsAChange = true;
        }

        if (bodyQuestions is not null && !titleTellsAChange && InterviewQuestions.HeadlineQuotesItsSpeaker(text, tokens))
            tally.AddLookalike(new PhraseMatch<Cue>(InterviewQuestions.FirstQuestionToken(bodyQuestions, tokens), 1, InterviewCue), asHeadline: true);
        return tally.ToSignals();
    }

    // The sentences that name someone by a given name: "researchers" or "staff" name no one.
    private static bool[] SentencesNamingSomeone(string text, List<TextToken> tokens, Func<TextToken, string, bool> isGivenName)
    {
        var named = new bool[SentenceCount(tokens)];
        foreach (var token in tokens)
            named[token.Sentence] |= token.IsCapitalised && isGivenName(token, text.Substring(token.Start, token.Length));
        return named;
    }

    // The sentences that tell, as news, a person's departure or arrival, the person named or their
    // job ("head of alignment resigns"; a founder is a company's history, not a job); the title is
    // sentence 0. A move dated or set as background ("after its chief's resignation last year") is none.
    private static bool[] PersonsMoveSentences(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] namedSentences, PastTimes past)
    {
        var count = SentenceCount(tokens);
        var moves = new bool[count];
        var roleEnds = new bool[tokens.Count + 1];
        var roleStarts = new bool[tokens.Count + 1];
        foreach (var cue in cues.Where(c => c.Value.Kind == CueKind.Role && c.Value.Label != FounderLabel))
            (roleEnds[cue.EndToken], roleStarts[cue.FirstToken]) = (true, true);
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            if (cue.Value.Kind != CueKind.Event || cue.Value.Event is not (AlertEvent.Departure or AlertEvent.Arrival) || IsBackdrop(i, cues, tokens) || past.Dates(cue))
                continue;
            var sentence = tokens[cue.FirstToken].Sentence;
            moves[sentence] |= namedSentences[sentence] || HasRoleBeside(roleEnds, roleStarts, cue.FirstToken, cue.EndToken);
        }

        return moves;
    }

    // "Head of alignment resigns", "Lascia il responsabile": the job stands within a few words of
    // the move ("amid departures" names none).
    private static bool HasRoleBeside(bool[] roleEnds, bool[] roleStarts, int first, int end)
    {
        for (var at = 0; at <= RoleReach; at++)
        {
            if ((first - at >= 0 && roleEnds[first - at]) || (end + at < roleStarts.Length && roleStarts[end + at]))
                return true;
        }

        return false;
    }

    private static int SentenceCount(List<TextToken> tokens) => tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1;

    // A scope cue or a known safety team, lab or body in the headline, as the tally will count it.
    private static bool TitleNamesSafetyWork(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities, bool isAi) =>
        cues.Exists(c => tokens[c.FirstToken].InTitle && (c.Value.Kind == CueKind.Scope || (c.Value.Kind == CueKind.ScopeIfAi && isAi)) && !Negation.SaysAbsent(tokens, cues, c))
        || entities.Exists(e => tokens[e.FirstToken].InTitle && e.Value.ScopeWeight > 0 && (isAi || e.Value.Kind != EntityKind.Team));

    // The lede's first word, set off by a stop, a colon or a bar ("Commento.", "Opinion |", "Tribune :").
    private static bool OpensTheLedeAsARubric(string text, List<TextToken> tokens, PhraseMatch<Cue> match)
    {
        var first = match.FirstToken;
        if (tokens[first].InTitle || tokens[first].InArticle || (first > 0 && !tokens[first - 1].InTitle))
            return false;
        return IsSetOff(text, tokens, match);
    }

    // The headline's first word, set off the same way ("Jobs:", "Vacature |").
    private static bool OpensTheHeadlineAsARubric(string text, List<TextToken> tokens, PhraseMatch<Cue> match) =>
        match.FirstToken == 0 && tokens[0].InTitle && IsSetOff(text, tokens, match);

    private static bool IsSetOff(string text, List<TextToken> tokens, PhraseMatch<Cue> match)
    {
        var end = tokens[match.EndToken - 1].End;
        var next = match.EndToken < tokens.Count ? tokens[match.EndToken].Start : text.Length;
        return text.AsSpan(end, next - end).IndexOfAny(RubricBreaks) >= 0;
    }

    // A phrase of safety work explains the words inside it only where it counts as such: a
    // scope-if-AI phrase in a text that never says AI is no safety work.
    private static bool IsSafetyWorkWording(int index, List<PhraseMatch<Cue>> cues, bool isAi) =>
        CueOverlaps.IsExplainedBy(CueKind.Scope, index, cues) || (isAi && CueOverlaps.IsExplainedBy(CueKind.ScopeIfAi, index, cues));

    // A headline with a denial and no change of its own, over a lede that tells no named person's
    // move. "... dementiert Bericht | ... bestätigte jedoch, dass die Leiterin, Anna Roth,
    // zurückgetreten ist": that lede confirms a change, and the headline denied something else. A
    // move the lede's own sentence denies ("dismissed as speculation a report that she was in
    // talks to leave") is the rumour retold. Decided once per item, in two passes over the cues.
    private static bool IsDenialHeadlineTellingNoChange(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] sentencesWithPeople)
    {
        if (!cues.Exists(c => Denials.IsDenial(c.Value) && tokens[c.FirstToken].InTitle) || TitleTellsAChange(tokens, cues))
            return false;
        var deniedSentences = cues.Where(c => Denials.IsDenial(c.Value)).Select(c => tokens[c.FirstToken].Sentence).ToHashSet();
        return !cues.Exists(c => c.Value.Kind == CueKind.Event && c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival && !c.Value.IsFormer
            && !tokens[c.FirstToken].InTitle && !tokens[c.FirstToken].InArticle
            && sentencesWithPeople[tokens[c.FirstToken].Sentence] && !deniedSentences.Contains(tokens[c.FirstToken].Sentence));
    }

    // "afasta rumores" dismisses rumours: an event word inside a longer look-alike tells no change.
    private static bool TitleTellsAChange(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, Func<AlertEvent, bool>? counts = null)
    {
        for (var i = 0; i < cues.Count && tokens[cues[i].FirstToken].InTitle; i++)
        {
            if (cues[i].Value.Kind == CueKind.Event && (counts is null || counts(cues[i].Value.Event)) && !CueOverlaps.IsExplainedBy(CueKind.Lookalike, i, cues))
                return true;
        }

        return false;
    }

    // Whether the headline and lede tell an internal move ("reasignó", "moves ... under") and no
    // plain departure: the words that may tell either ("aparta", "removes") then tell the move.
    private static bool TellsOnlyAnInternalMove(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        bool move = false, sidelined = false, placed = false;
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i].Value;
            // "wechselt" inside "wechselt in die": a longer phrase says what the word means.
            if (cue.Kind != CueKind.Event || tokens[cues[i].FirstToken].InArticle || CueOverlaps.IsShadowed(i, cues))
                continue;
            if (cue.Event == AlertEvent.Restructuring)
                (move, sidelined) = AlsoReads(AlertEvent.Departure, i, cues) ? (move, true) : (true, sidelined);
            else if (cue.Event == AlertEvent.Departure && !cue.IsFormer && !AlsoReads(AlertEvent.Restructuring, i, cues))
                return false;
            // "... y lo pone al frente": the headline puts the one it moved at the head of something (a
            // phrase, not "hires a replacement"), not a newcomer named after it ("y ficha a Tomás Aranguren").
            placed |= cue.Event == AlertEvent.Arrival && cues[i].TokenCount > 1 && tokens[cues[i].FirstToken].InTitle && !NamesSomeoneAfter(tokens, cues[i]);
        }

        // "lo aparta ... y lo pone al frente de otra área": taken off a team and put
        // at the head of something else, with no exit told, is a move within the company.
        return move || (sidelined && placed);
    }

    // A newcomer's name follows the verb that brings them in, within a word or two ("ficha a Tomás Aranguren", "hires Ana Ruiz").
    private const int NewcomerReach = 3;

    private static bool NamesSomeoneAfter(List<TextToken> tokens, PhraseMatch<Cue> arrival)
    {
        var end = Math.Min(tokens.Count, arrival.EndToken + NewcomerReach);
        for (var t = arrival.EndToken; t < end && tokens[t].Sentence == tokens[arrival.FirstToken].Sentence; t++)
        {
            if (tokens[t].IsCapitalised)
                return true;
        }

        return false;
    }

    // Only a known given name: "Federal Aviation Administration" and Title Case headlines keep their look-alikes.
    private static bool OpensAPersonsName(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, Func<TextToken, string, bool> isGivenName)
    {
        var at = cues[index].FirstToken;
        var next = at + 1;
        return at > 0 && next < tokens.Count && tokens[at].IsCapitalised && tokens[next].IsCapitalised && !tokens[at].InTitle
            && isGivenName(tokens[at], text.Substring(tokens[at].Start, tokens[at].Length))
            && tokens[at - 1].Sentence == tokens[at].Sentence && tokens[next].Sentence == tokens[at].Sentence
            && tokens[next].Start == tokens[at].End + 1 && text[tokens[at].End] == ' '
            && !StartsACue(cues, index, next);
    }

    // The look-alike at index is written right onto an AI word: "hospital-model maker", "health AI".
    private static bool QualifiesAi(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var next = cues[index].EndToken;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[next - 1].Sentence || text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End) is not (" " or "-"))
            return false;
        for (var j = index + 1; j < cues.Count && cues[j].FirstToken <= next; j++)
        {
            if (cues[j].FirstToken == next && cues[j].Value.Kind == CueKind.AiContext && cues[j].Value.Label is not (ModelsLabel or OneModelLabel))
                return true;
        }

        return false;
    }

    private static bool SaysMisuse(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var sentence = tokens[cues[index].FirstToken].Sentence;
        for (var i = Math.Max(0, index - SentenceCueReach); i < cues.Count && i <= index + SentenceCueReach; i++)
        {
            if (cues[i].Value.Label == MisuseLabel && cues[i].Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && tokens[cues[i].FirstToken].Sentence == sentence)
                return true;
        }

        return false;
    }

    // Cues come in token order: only the few after the one at index can start at the token.
    private static bool StartsACue(List<PhraseMatch<Cue>> cues, int index, int token)
    {
        for (var j = index + 1; j < cues.Count && cues[j].FirstToken <= token; j++)
        {
            if (cues[j].FirstToken == token)
                return true;
        }

        return false;
    }

    // The fields of look-alikes that only tell someone's past ("former airline regulator").
    private static HashSet<string> FieldsOfSomeonesPast(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Value.Kind == CueKind.Lookalike && !Denials.IsDenial(cues[i].Value) && CueOverlaps.DescribesSomeonesPast(i, cues, tokens))
                fields.Add(cues[i].Value.Label);
        }

        return fields;
    }

    // Whether the span of the cue at index also carries the other event (two lexicon rows, one word).
    private static bool AlsoReads(AlertEvent other, int index, List<PhraseMatch<Cue>> cues)
    {
        var span = cues[index];
        // Cues come in token order: every cue starting where this one does is next to it.
        var first = index;
        while (first > 0 && cues[first - 1].FirstToken == span.FirstToken)
            first--;
        for (var j = first; j < cues.Count && cues[j].FirstToken == span.FirstToken; j++)
        {
            if (j != index && cues[j].TokenCount == span.TokenCount && cues[j].Value.Event == other)
                return true;
        }

        return false;
    }

    // "X is hiring:", "we're hiring:": a company's present progressive, where a rubric ("Fichaje: Ana
    // Ruiz ...", "Contratada: ...") names whom it hired.
    private static readonly HashSet<string> Progressive = new(StringComparer.Ordinal) { "is", "are", "re" };

    private static bool IsSetOffByAColon(string text, List<TextToken> tokens, PhraseMatch<Cue> match)
    {
        if (match.FirstToken == 0 || !Progressive.Contains(tokens[match.FirstToken - 1].Forms.Surface))
            return false;
        var end = tokens[match.EndToken - 1].End;
        var next = match.EndToken < tokens.Count ? tokens[match.EndToken].Start : text.Length;
        return text.AsSpan(end, next - end).TrimStart() is [':', ..];
    }

    // Where a phrase of safety work or a word for a team starts.
    private static bool[] SafetyWorkStarts(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var starts = new bool[tokens.Count];
        foreach (var cue in cues)
        {
            if (cue.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.TeamNoun)
                starts[cue.FirstToken] = true;
        }

        return starts;
    }

    private static bool DeniesSomethingOfTheTeam(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, PhraseMatch<Cue> denial) =>
        cues.Exists(c => c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.TeamNoun && tokens[c.FirstToken].InTitle
            && (c.FirstToken >= denial.EndToken || IsRubricOrAppositionBefore(text, tokens, c, denial)));

    // "KI-Ethikteam: Quorvane dementiert Schließungspläne": a rubric before a colon
    // says what the denial is about, as "Ana Ruiz, head of safety at Quorvane, dismisses rumours"
    // says whose post; "Quorvane safety chief denies rift" denies something else.
    private static readonly SearchValues<char> RubricOrApposition = SearchValues.Create(":,");

    private static bool IsRubricOrAppositionBefore(string text, List<TextToken> tokens, PhraseMatch<Cue> team, PhraseMatch<Cue> denial) =>
        text.AsSpan(tokens[team.EndToken - 1].End, tokens[denial.FirstToken].Start - tokens[team.EndToken - 1].End).ContainsAny(RubricOrApposition);

    // The models must be named apart from the work: "tests its models" alone could be a carmaker's.
    // One pass finds the work spans that end first and start last; a models cue apart from either
    // is apart from some work, so a long text stays linear.
    private static bool TestsModels(List<PhraseMatch<Cue>> cues)
    {
        int firstWorkEnd = int.MaxValue, lastWorkStart = int.MinValue;
        foreach (var work in cues)
        {
            if (work.Value.Kind != CueKind.ScopeIfAi || !ModelWork.Contains(work.Value.Label))
                continue;
            firstWorkEnd = Math.Min(firstWorkEnd, work.EndToken);
            lastWorkStart = Math.Max(lastWorkStart, work.FirstToken);
        }

        return lastWorkStart != int.MinValue && cues.Exists(models => models.Value.Kind == CueKind.AiContext && models.Value.Label == ModelsLabel
            && (firstWorkEnd <= models.FirstToken || models.EndToken <= lastWorkStart));
    }

    // "the launch of its new model | delay the launch until the safety tests were done | external
    // attack tests": where no other field's words (cars, aircraft, medicine) are said, one
    // product's model whose safety work the text tells in two separate phrases, one of them in
    // the model's sentence or next to it, is an AI model. Told once ("the speaker maker's head of
    // safety testing | the new model overheated"), or far from it, it may be any product's.
    private static bool TestsOneModelOfNoOtherField(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        if (cues.Exists(m => m.Value.Kind == CueKind.Lookalike && OtherFields.Contains(m.Value.Label)))
            return false;
        // One pass marks the sentences that tell model work, so a long text stays linear.
        var tellsWork = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 2];
        var tellings = 0;
        var lastWorkEnd = -1;
        foreach (var work in cues)
        {
            // Cues come in token order: "red team lead" and its "red team" are one telling.
            if (work.Value.Kind != CueKind.ScopeIfAi || !ModelWork.Contains(work.Value.Label) || work.FirstToken < lastWorkEnd || Negation.SaysAbsent(tokens, cues, work))
                continue;
            tellsWork[tokens[work.FirstToken].Sentence] = true;
            tellings++;
            lastWorkEnd = work.EndToken;
        }

        return tellings >= MinModelWorkTellings
            && cues.Exists(m => m.Value.Kind == CueKind.AiContext && m.Value.Label == OneModelLabel && IsNextTo(tellsWork, tokens[m.FirstToken].Sentence));
    }

    // The sentence itself, or the one before or after it.
    private static bool IsNextTo(bool[] sentences, int sentence) =>
        sentences[sentence] || sentences[sentence + 1] || (sentence > 0 && sentences[sentence - 1]);

    // Cues come in token order: a sentence's work cues are among the few either side of its model.
    private static bool TestsOneModel(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Value.Kind != CueKind.AiContext || cues[i].Value.Label != OneModelLabel)
                continue;
            var sentence = tokens[cues[i].FirstToken].Sentence;
            for (var j = Math.Max(0, i - SentenceCueReach); j < cues.Count && j <= i + SentenceCueReach; j++)
            {
                var work = cues[j];
                if (work.Value.Kind == CueKind.ScopeIfAi && ModelWork.Contains(work.Value.Label) && tokens[work.FirstToken].Sentence == sentence
                    && (work.EndToken <= cues[i].FirstToken || cues[i].EndToken <= work.FirstToken))
                    return true;
            }
        }

        return false;
    }

    /// <summary>Which sentences hold a cue of this kind, indexed by sentence number.</summary>
    private static bool[] SentencesWith(CueKind kind, List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var sentences = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1];
        foreach (var match in cues.Where(m => m.Value.Kind == kind))
            sentences[tokens[match.FirstToken].Sentence] = true;
        return sentences;
    }

    /// <summary>
    /// The sentences where someone stays in the organisation. A headline ("X leaves the alignment
    /// team") tells the move its lede explains ("..., but remains at the company"), so a stay in
    /// the lede covers the title too.
    /// </summary>
    private static bool[] StaysOnSentences(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var sentences = SentencesWith(CueKind.StaysOn, tokens, cues);
        if (cues.Exists(m => m.Value.Kind == CueKind.StaysOn && !tokens[m.FirstToken].InArticle))
        {
            foreach (var title in tokens.Where(t => t.InTitle))
                sentences[title.Sentence] = true;
        }

        return sentences;
    }

    // "lascia la guida del team di allineamento ...: resta in azienda" leaves a team, not the lab:
    // a lead reassigned internally is a restructuring.
    private static PhraseMatch<Cue> AsInternalMove(PhraseMatch<Cue> departure) => AsEvent(departure, AlertEvent.Restructuring);

    private static PhraseMatch<Cue> AsEvent(PhraseMatch<Cue> match, AlertEvent alertEvent) =>
        match with { Value = new Cue(CueKind.Event, alertEvent.ToString().ToLowerInvariant(), match.Value.Weight, match.Value.Language, match.Value.Phrase, match.Value.IsIdiom) };

    private static bool TitleTellsAChangeBesides(AlertEvent launched, List<TextToken> tokens, List<PhraseMatch<Cue>> cues) =>
        TitleTellsAChange(tokens, cues, e => e != launched && e != AlertEvent.Resources);

    /// <summary>Which sentences hold an event cue, indexed by sentence number.</summary>
    private static bool[] EventSentences(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<int> pledges)
    {
        var sentences = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1];
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Value.Kind == CueKind.Event || pledges.Contains(i))
                sentences[tokens[cues[i].FirstToken].Sentence] = true;
        }

        // "... its red team, six engineers who probed the models | The team was wound up last week": a
        // sentence that opens on the team tells the change of the team the sentence before names.
        foreach (var team in OpeningTeamWordsOfAChange(tokens, cues))
            sentences[tokens[team.FirstToken].Sentence - 1] = true;

        // A headline without a verb ("Shake-up at the AI safety institute") names what the
        // summary's first sentence reports on, so the two read as one sentence.
        var firstOfSummary = tokens.FindIndex(t => !t.InTitle);
        var titleSentences = tokens.Where(t => t.InTitle).Select(t => t.Sentence).Distinct().ToList();
        if (firstOfSummary >= 0 && sentences[tokens[firstOfSummary].Sentence] && !titleSentences.Exists(s => sentences[s]))
            titleSentences.ForEach(s => sentences[s] = true);
        // A lede that tells no change of its own says who or what the headline's change is about
        // ("X leaves Y" / "Her work on aligning its language models began in 2023"): one telling.
        else if (firstOfSummary >= 0 && !tokens[firstOfSummary].InArticle && !sentences[tokens[firstOfSummary].Sentence] && titleSentences.Exists(s => sentences[s]))
            sentences[tokens[firstOfSummary].Sentence] = true;
        return sentences;
    }

    // How many words may come before the team word that opens a sentence ("The", "Pouco depois, a").
    private const int OpeningReach = 3;

    private static IEnumerable<PhraseMatch<Cue>> OpeningTeamWordsOfAChange(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            var team = cues[i];
            var sentence = tokens[team.FirstToken].Sentence;
            if (team.Value.Kind != CueKind.TeamNoun || tokens[team.FirstToken].InTitle || sentence == 0 || !OpensItsSentence(tokens, team.FirstToken))
                continue;
            // The change must be of this team, told in its sentence before the next team word.
            for (var j = i + 1; j < cues.Count && tokens[cues[j].FirstToken].Sentence == sentence && cues[j].Value.Kind != CueKind.TeamNoun; j++)
            {
                if (cues[j].Value.Kind == CueKind.Event)
                {
                    yield return team;
                    break;
                }
            }
        }
    }

    // Looks back a few words only, so that a sentence of many team words stays linear.
    private static bool OpensItsSentence(List<TextToken> tokens, int at)
    {
        for (var back = 1; back <= OpeningReach + 1; back++)
        {
            if (at - back < 0 || tokens[at - back].Sentence != tokens[at].Sentence)
                return true;
        }

        return false;
    }

    private static bool IsBackdrop(int eventIndex, List<PhraseMatch<Cue>> cues, List<TextToken> tokens)
    {
        var eventMatch = cues[eventIndex];
        if (AttributiveParticiple.Describes(tokens, cues, eventIndex))
            return true;
        for (var i = eventIndex - 1; i >= 0 && eventMatch.FirstToken - cues[i].FirstToken <= MaxCueSpan + BackdropReach; i--)
        {
            var m = cues[i];
            if (m.Value.Kind == CueKind.Backdrop && m.EndToken <= eventMatch.FirstToken && eventMatch.FirstToken - m.EndToken < BackdropReach)
                return !MeasuresTime(m, eventMatch, cues, i, tokens);
        }

        return false;
    }

    // "Na zes jaar vertrekt ...", "After six years at the lab, she leaves": the "after" measures a
    // tenure that ends with the news, it does not put an earlier event before it. It takes a number
    // ("six years", "zes jaar"): "Tras años de salidas" still puts the departures before the news.
    private static bool MeasuresTime(PhraseMatch<Cue> backdrop, PhraseMatch<Cue> eventMatch, List<PhraseMatch<Cue>> cues, int backdropIndex, List<TextToken> tokens)
    {
        for (var i = backdropIndex + 1; i < cues.Count && cues[i].FirstToken < eventMatch.FirstToken; i++)
        {
            var duration = cues[i];
            if (duration.Value.Kind == CueKind.Duration && duration.FirstToken > backdrop.EndToken - 1 && duration.FirstToken > 0 && IsNumber(tokens[duration.FirstToken - 1]))
                return true;
        }

        return false;
    }

    private static bool IsNumber(TextToken token) =>
        char.IsAsciiDigit(token.Forms.Surface[0]) || Alerts.NumberWords.DigitsOf(token.Forms.Surface) is not null;

    /// <summary>What one sentence of an article's body says, for telling buried news from history.</summary>
    [Flags]
    private enum BodySentence : byte
    {
        None = 0,
        TellsAChange = 1,
        TellsAMove = 2,
        NamesSafetyWork = 4,
        NoChange = 8,
        History = 16,
        Founders = 32,
        TellsAnEnd = 64,
        FoundingHistory = 128,
    }

    /// <summary>The running sums of one item's signals, with the evidence for each.</summary>
    private sealed class Tally(string text, List<TextToken> tokens, List<Evidence> evidence, bool[] eventSentences, bool[] sentencesWithPeople, bool titleNamesSafetyWork, bool[] namedSentences, bool[] startsSafetyWork)
    {
        private readonly EventTally _events = new();
        private WeightedMax _scope;
        private WeightedMax _scopeNearEvent;
        private WeightedMax _lookalike;
        private readonly List<(double Weight, string Label)> _sceneLookalikes = [];
        private WeightedMax _titleLookalike;
        private readonly BodySentence[] _sentences = new BodySentence[SentenceCount(tokens)];
        private bool _saysNoChange;
        private int _titleChangeEnd = -1;

        // The lede's first sentence, and whether it ends something and names safety work: "loses a
        // co-founder | Halbrook has disbanded its alignment team, ..." reports the end as well.
        private readonly int _ledeOpening = tokens.Find(t => !t.InTitle) is { Length: > 0 } first ? first.Sentence : -1;
        private bool _ledeOpeningEnds;
        private bool _ledeOpeningNamesSafetyWork;

        public void AddEvent(PhraseMatch<Cue> match, bool isBackdrop)
        {
            var cue = match.Value;
            var token = tokens[match.FirstToken];
            // People leave and join, teams do not: "Adiós al superalineamiento" or "perde foco" names no
            // one. A longer cue ("pede as contas", "lascia la guida") is an idiom said of a person.
            var personless = cue.Event is AlertEvent.Departure or AlertEvent.Arrival && match.TokenCount == 1 && !NamesPersonNear(token.Sentence);
            _events.Add(cue.Event, cue.Weight, PartOf(token), isBackdrop, personless);
            _ledeOpeningEnds |= IsLedeOpening(token) && !isBackdrop && cue.Event == AlertEvent.Dissolution && cue.Weight >= TellingWeight && EndsSafetyWork(match);
            // A founding or a pledge in a headline is as often an apposition ("X, founded by ...,
            // raises $400m") as the news.
            if (token.InTitle && !isBackdrop && !personless && cue.Weight >= TellingWeight && _titleChangeEnd < 0 && cue.Event is not (AlertEvent.Formation or AlertEvent.Resources))
                _titleChangeEnd = match.EndToken;
            if (token.InTitle && !isBackdrop && cue.Event == AlertEvent.Departure && cue.Weight >= TellingWeight)
                _titleExitEnd = match.EndToken;
            if (token.InArticle && !isBackdrop && !personless && cue.Weight >= (cue.Event == AlertEvent.Resources ? FullWeight : TellingWeight))
                _sentences[token.Sentence] |= cue.Event is AlertEvent.Departure or AlertEvent.Arrival or AlertEvent.Formation ? BodySentence.TellsAMove
                    : cue.Event == AlertEvent.Dissolution ? BodySentence.TellsAChange | BodySentence.TellsAnEnd : BodySentence.TellsAChange;
            // "a dissous le comité d'éthique mis sur pied en 2023": a founding dated after the end
            // describes the body ended, not the sentence; "It was founded in 2024 by ..." opening
            // a sentence makes it history.
            if (isBackdrop)
                _sentences[token.Sentence] |= cue.Event == AlertEvent.Formation && _sentences[token.Sentence].HasFlag(BodySentence.TellsAnEnd) ? BodySentence.FoundingHistory : BodySentence.History;
            Add(match, "event", $"{cue.Label} cue ({cue.Language}, weight {cue.Weight:0.##}{(isBackdrop ? ", background" : "")}{(personless ? ", no person named" : "")})");
        }

        // "leaves for", "part chez", "wechselt zu", "passa a", "vai para", "vertrekt naar": where someone goes.
        private static readonly FrozenSet<string> DestinationWords = WordSet.Of("for", "to", "pour", "chez", "vers", "zu", "nach", "a", "para", "hacia", "per", "verso", "naar", "bij");
        private const int DestinationReach = 4;
        private int _titleExitEnd = -1;

        /// <summary>Whether the title look-alike follows the title's exit as where the one who left goes.</summary>
        public bool IsTheDestinationOfTheHeadlinesExit(PhraseMatch<Cue> lookalike)
        {
            if (!tokens[lookalike.FirstToken].InTitle || _titleExitEnd < 0 || lookalike.FirstToken < _titleExitEnd || lookalike.FirstToken - _titleExitEnd > DestinationReach)
                return false;
            // The exit's own last word may be the preposition: "wechselt zu".
            for (var t = _titleExitEnd - 1; t < lookalike.FirstToken; t++)
            {
                if (DestinationWords.Contains(tokens[t].Forms.Surface))
                    return true;
            }

            return false;
        }

        // "has disbanded its long-term alignment team", "Non esiste più il gruppo ...": the end's object
        // is the safety work, not an office, nor "it" in "until the lab disbanded it".
        private const int ObjectReach = 5;
        private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:()");

        private bool EndsSafetyWork(PhraseMatch<Cue> end)
        {
            for (var t = end.EndToken; t < tokens.Count && t < end.EndToken + ObjectReach && tokens[t].Sentence == tokens[end.FirstToken].Sentence; t++)
            {
                if (text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).ContainsAny(ClauseMarks))
                    return false;
                if (startsSafetyWork[t])
                    return true;
            }

            return false;
        }

        private bool IsLedeOpening(TextToken token) => !token.InTitle && !token.InArticle && token.Sentence == _ledeOpening;

        private static TextPart PartOf(TextToken token) => token.InTitle ? TextPart.Title : token.InArticle ? TextPart.Article : TextPart.Lede;

        // "She resigns." follows the sentence that names her.
        private bool NamesPersonNear(int sentence) =>
            sentencesWithPeople[sentence] || (sentence > 0 && sentencesWithPeople[sentence - 1]);

        /// <summary>Notes that a sentence tells of a company's founders or founding.</summary>
        public void AddFounder(PhraseMatch<Cue> match) => _sentences[tokens[match.FirstToken].Sentence] |= BodySentence.Founders;

        public void AddScope<T>(PhraseMatch<T> match, double weight, string reason)
        {
            _scope.Add(weight);
            var token = tokens[match.FirstToken];
            _events.AddScope(PartOf(token));
            if (eventSentences[token.Sentence])
                _scopeNearEvent.Add(weight);
            if (token.InArticle)
                _sentences[token.Sentence] |= BodySentence.NamesSafetyWork;
            _ledeOpeningNamesSafetyWork |= IsLedeOpening(token);
            Add(match, "scope", reason);
        }

        public void AddLookalike(PhraseMatch<Cue> match, bool asHeadline = false)
        {
            var cue = match.Value;
            var token = tokens[match.FirstToken];
            var inHeadline = token.InTitle || asHeadline;
            // Title cues come first, so a headline's change has been tallied by now. Another field's
            // words ("crash tests", "trust and safety", "workforce") still say whose change it is.
            var underATellingHeadline = (!inHeadline && _events.IsInTitle && titleNamesSafetyWork && _titleLookalike.Value == 0 && !IsNoContextOfAChange(cue.Label))
                || IsTheReasonOfTheHeadlinesChange(match)
                ? TellingHeadlineLookalikeShare
                : 1;
            var weight = cue.Weight * underATellingHeadline * (inHeadline ? 1 : token.InArticle ? ArticleLookalikeDiscount : SummaryLookalikeDiscount);
            if (!token.InArticle && SceneLabels.Contains(cue.Label))
                _sceneLookalikes.Add((weight, cue.Label));
            else
                _lookalike.Add(weight);
            if (IsNoContextOfAChange(cue.Label))
            {
                // Workforce cuts, a denial or a plan only considered say it of the whole story, as
                // any such word in the headline or lede does; another field's word deep in the
                // body says it of its sentence.
                // An opinion is the piece's own only in its headline or lede: "a spokesperson
                // would only comment", "investors called for" deep in a report are voices in it.
                _saysNoChange |= !token.InArticle || (SaysOfTheWholeStory.Contains(cue.Label) && cue.Label != OpinionLabel);
                _sentences[token.Sentence] |= BodySentence.NoChange;
            }
            if (inHeadline)
                _titleLookalike.Add(cue.Weight);
            Add(match, "negative", $"look-alike: {cue.Label} ({cue.Language})");
        }

        // "Two alignment researchers quit Quorvane, warning of hollow commitments": a look-alike
        // word in a clause of its own after the headline's change of safety work gives a reason
        // for it, not the story's kind.
        private bool IsTheReasonOfTheHeadlinesChange(PhraseMatch<Cue> match) =>
            tokens[match.FirstToken].InTitle && _titleChangeEnd >= 0 && match.FirstToken >= _titleChangeEnd && titleNamesSafetyWork
            && !IsNoContextOfAChange(match.Value.Label)
            && text.AsSpan(tokens[_titleChangeEnd - 1].End, tokens[match.FirstToken].Start - tokens[_titleChangeEnd - 1].End).Contains(',');

        public Signals ToSignals() =>
            new(_events.Strength, _scope.Value, _scopeNearEvent.Value, LookalikeStrength(), _events.Events(BodyEndsASafetyTeam(), _ledeOpeningEnds && _ledeOpeningNamesSafetyWork), _events.IsInTitle, _titleLookalike.Value);

        // "... has disbanded its model assurance team, the group that tested its AI models": an end
        // told as news in a sentence that names the safety work it ends, or right after one that does.
        private bool BodyEndsASafetyTeam() => BodyTellsBesideSafetyWork(BodySentence.TellsAnEnd);

        private double LookalikeStrength()
        {
            var scene = BodyTellsASafetyChange() ? SceneHeadlineLookalikeShare : 1;
            // A copy: WeightedMax is a struct, so the tally's own sum stays as it was.
            var all = _lookalike;
            foreach (var (weight, label) in _sceneLookalikes)
                all.Add(IsTheScene(label) ? scene * weight : weight);
            return all.Value;
        }

        private bool IsTheScene(string label) =>
            label != LawsuitLabel || (!_events.TitleTellsAChange && !_events.TitleNamesAMove && !titleNamesSafetyWork);

        // A sentence of the body tells a change, it or the one before names safety work, and
        // neither it nor the headline and lede say the change was only considered, denied or
        // another field's. A sentence that dates one of its changes ("last spring", "in 2024") is
        // history, and so is a founding and its founders' moves told of no one by name ("was set
        // up by two researchers who quit ..."); "co-founder Ana Ruiz resigned on Monday" and "the
        // lab, founded by two researchers, shut its safety team" are news.
        private static bool TellsAsNews(BodySentence flags, bool namesSomeone) =>
            (flags & (BodySentence.NoChange | BodySentence.History)) == 0
            && (flags.HasFlag(BodySentence.TellsAChange)
                || (flags.HasFlag(BodySentence.TellsAMove) && !flags.HasFlag(BodySentence.FoundingHistory) && (!flags.HasFlag(BodySentence.Founders) || namesSomeone)));

        private bool BodyTellsASafetyChange() => BodyTellsBesideSafetyWork(BodySentence.None);

        // A body sentence with the wanted flags tells its change as news, and names the safety work
        // it changes or follows one that does.
        private bool BodyTellsBesideSafetyWork(BodySentence wanted)
        {
            if (_saysNoChange)
                return false;
            for (var sentence = 0; sentence < _sentences.Length; sentence++)
            {
                var flags = _sentences[sentence];
                if ((flags & wanted) == wanted && TellsAsNews(flags, namedSentences[sentence])
                    && (flags.HasFlag(BodySentence.NamesSafetyWork) || (sentence > 0 && _sentences[sentence - 1].HasFlag(BodySentence.NamesSafetyWork))))
                    return true;
            }

            return false;
        }


        private void Add<T>(PhraseMatch<T> match, string kind, string reason)
        {
            var start = tokens[match.FirstToken].Start;
            var end = tokens[match.EndToken - 1].End;
            evidence.Add(new Evidence(text[start..end], start, kind, reason));
        }
    }
}
