using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary><c>POST /api/subscriptions</c>: validates and stores a webhook subscription; the answer carries its secret and whole URL, once.</summary>
public sealed class CreateSubscription(Subscriptions subscriptions)
{
    [Function(nameof(CreateSubscription))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var input = await RequestBody.ReadJsonAsync<SubscriptionInput>(request, cancellationToken);
        if (!input.IsValid)
            return input.Problem;
        var errors = new FieldErrors();
        if (input.Value.ToRequest(errors) is not { } subscriptionRequest)
            return errors.ToProblem();
        try
        {
            var created = await subscriptions.CreateAsync(subscriptionRequest, cancellationToken);
            var view = SubscriptionView.Created(created);
            return JsonResponse.Created(view, SubscriptionView.Location(view.Id));
        }
        catch (InvalidRequestException ex)
        {
            return Problems.Validation(ex.Errors);
        }
    }
}
