using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsWatch.Core;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary><c>newswatch classify</c>: classify a sentence, or a JSONL file of records into predictions.</summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "A headline (or any text) to classify.", Arity = ArgumentArity.ZeroOrOne };
        var summary = new Option<string?>("--summary") { Description = "A summary to classify with the headline." };
        var content = new Option<FileInfo?>("--content-file") { Description = "A file holding the article's full text, classified with the headline and summary as a feed's content is." };
        var lang = new Option<string?>("--lang") { Description = "The language, if known (en, fr, de, es, it, pt, nl); detected otherwise." };
        var json = new Option<bool>("--json") { Description = "Print the classification as JSON." };
        var input = new Option<FileInfo?>("--input") { Description = "A JSONL file of records (id, lang, title, summary, ...; a label is ignored)." };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write one prediction per line (default: standard output)." };
        var scorer = ScorerOption.Create();
        var command = new Command("classify", "Classify text and explain why, or a JSONL file of records into predictions.") { text, summary, content, lang, json, input, output, scorer };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, console, token) =>
        {
            var classifier = ScorerOption.Classifier(parse.GetValue(scorer), host);
            var minScore = host.Get<IOptions<ClassificationOptions>>().Value.MinScore;
            if (parse.GetValue(input) is { } records)
                return await ClassifyFileAsync(classifier, minScore, records, parse.GetValue(output), console, token);
            if (string.IsNullOrWhiteSpace(parse.GetValue(text)))
                throw new ArgumentException("Give a text to classify, or --input records.jsonl.");

            var article = parse.GetValue(content) is { } file ? await ReadArticleAsync(file, token) : string.Empty;
            var result = classifier.Classify(parse.GetValue(text)!, parse.GetValue(summary) ?? string.Empty, parse.GetValue(lang), article);
            if (parse.GetValue(json))
                await console.WriteLineAsync(JsonSerializer.Serialize(Prediction.Of("text", result, minScore), NewsWatchJson.Indented));
            else
                await ClassificationPrinter.WriteAsync(console, result, minScore);
            return 0;
        }, ct, usesStorage: false));
        return command;
    }

    // As much of the article as a feed's item keeps, and no more read into memory, however large the file.
    private static async Task<string> ReadArticleAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
            throw new ArgumentException($"No such file: {file.FullName}");
        using var reader = file.OpenText();
        var buffer = new char[NewsItem.MaxContentLength];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return new string(buffer, 0, read);
    }

    private static async Task<int> ClassifyFileAsync(Classifier classifier, double minScore, FileInfo records, FileInfo? destination, TextWriter console, CancellationToken cancellationToken)
    {
        if (!records.Exists)
            throw new ArgumentException($"No such file: {records.FullName}");
        using var reader = records.OpenText();
        await using var file = destination is null ? null : new StreamWriter(destination.FullName);
        var writer = file ?? console;
        var count = 0;
        foreach (var item in LabelledItemReader.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = classifier.Classify(item.Title, item.Summary, string.IsNullOrWhiteSpace(item.Lang) ? null : item.Lang, item.Content, item.Published);
            await writer.WriteLineAsync(JsonSerializer.Serialize(Prediction.Of(item.Id, result, minScore), NewsWatchJson.Options));
            count++;
        }

        if (destination is not null)
            await console.WriteLineAsync($"Wrote {count} predictions to {destination.FullName}.");
        return 0;
    }
}
