using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions;

/// <summary><c>POST /api/classify</c>: what the classifier makes of a headline, its summary and the article's text, with its evidence; nothing is stored.</summary>
public sealed class Classify(Classifier classifier, TimeProvider time)
{
    private const int MaxTitleLength = 1000;

    [Function(nameof(Classify))]
    [Role(ApiRole.Admin)] // Not a reader route although it stores nothing: every call costs a classifier run.
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "classify")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var input = await RequestBody.ReadJsonAsync<ClassifyInput>(request, cancellationToken);
        if (!input.IsValid)
            return input.Problem;
        var (title, summary, lang, content) = input.Value;
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength)
            errors.Add("title", $"title must be 1 to {MaxTitleLength} characters.");
        if (content?.Length > NewsItem.MaxContentLength)
            errors.Add("content", $"content must be at most {NewsItem.MaxContentLength} characters, as much of an article as a feed's item keeps.");
        var language = LanguageField.Parse(lang, "lang", errors);
        if (errors.Any)
            return errors.ToProblem();
        var item = new NewsItem("api", "classify", title!.Trim(), summary?.Trim() ?? string.Empty, null, null, time.GetUtcNow(), language, null) { Content = content?.Trim() ?? string.Empty };
        return JsonResponse.Ok(classifier.Classify(item));
    }

    public sealed record ClassifyInput(string? Title, string? Summary, string? Lang, string? Content = null);
}
