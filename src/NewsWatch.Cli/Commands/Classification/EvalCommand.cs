using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsWatch.Core;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;
using Spectre.Console;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary><c>newswatch eval</c>: how well the classifier agrees with a labelled JSONL set.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var records = new Argument<FileInfo>("records") { Description = "A labelled JSONL file (id, lang, title, summary, label)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var detect = new Option<bool>("--detect-language") { Description = "Ignore each record's lang and detect the language instead." };
        var scorer = ScorerOption.Create();
        var stories = new Option<bool>("--stories") { Description = "Evaluate story grouping instead: the records carry a 'story' id; prints pairwise precision and recall, and split and mixed stories." };
        var command = new Command("eval", "Precision, recall and F1 of alerts (overall and per language), per-event scores, entity F1, the confusion matrix and the misclassified items; or, with --stories, how reports group into stories.")
        {
            records, json, detect, scorer, stories,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, console, token) =>
        {
            var file = parse.GetValue(records)!;
            if (!file.Exists)
                throw new ArgumentException($"No such file: {file.FullName}");
            var classifier = ScorerOption.Classifier(parse.GetValue(scorer), host);
            if (parse.GetValue(stories))
            {
                var window = host.Get<IOptions<AlertOptions>>().Value.StoryWindow;
                var card = StoryReportCard.Evaluate(LabelledItemReader.ReadFile(file.FullName), classifier, window, host.Get<IOptions<ClassificationOptions>>().Value.MinScore);
                await StoryReportCardPrinter.WriteAsync(console, card, parse.GetValue(json));
                return 0;
            }

            // Labels spell names as each item does; known entities are compared by their canonical name.
            var items = LabelledItemReader.ReadFile(file.FullName).Where(i => i.Label is not null).Select(i => i with { Label = classifier.CanonicalLabel(i.Label!) }).ToList();
            var minScore = host.Get<IOptions<ClassificationOptions>>().Value.MinScore;
            var declare = !parse.GetValue(detect);
            var classified = WithProgress(items, item => classifier.Classify(item.Title, item.Summary, declare ? item.Lang : null, item.Content, item.Published), token);
            var report = EvaluationReport.Compute(classified, minScore);
            if (parse.GetValue(json))
                await console.WriteLineAsync(JsonSerializer.Serialize(EvaluationSummary.Of(report), NewsWatchJson.Indented));
            else
                await EvaluationPrinter.WriteAsync(console, report);
            return 0;
        }, ct, usesStorage: false));
        return command;
    }

    /// <summary>Classifies every item, with a progress bar when a person watches a long run on a terminal.</summary>
    private static List<(LabelledItem, ClassificationResult)> WithProgress(List<LabelledItem> items, Func<LabelledItem, ClassificationResult> classify, CancellationToken cancellationToken)
    {
        var results = new List<(LabelledItem, ClassificationResult)>(items.Count);
        void ClassifyAll(Action advance)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add((item, classify(item)));
                advance();
            }
        }

        if (Console.IsOutputRedirected || Console.IsErrorRedirected || items.Count < 200)
        {
            ClassifyAll(() => { });
            return results;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress().Start(context =>
        {
            var task = context.AddTask("Classifying", maxValue: items.Count);
            ClassifyAll(() => task.Increment(1));
        });
        return results;
    }
}
