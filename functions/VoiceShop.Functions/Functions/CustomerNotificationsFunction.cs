using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>GET /api/customers/{id}/notifications</c>, read-only and mapped in Development only: lets the test
/// console show the order-confirmation messages the embedded outbox recorded. Never exposed in production.
/// </summary>
public static class CustomerNotificationsFunction
{
    public static IEndpointRouteBuilder MapCustomerNotificationsFunction(this IEndpointRouteBuilder api)
    {
        if (api.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            api.MapGet("/customers/{id}/notifications", GetAsync);
        }

        return api;
    }

    public static async Task<Results<JsonHttpResult<List<NotificationView>>, NotFound>> GetAsync(
        string id,
        ICustomerStore customers,
        INotificationOutbox outbox,
        CancellationToken cancellationToken)
    {
        if (await customers.GetCustomerAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var views = (await outbox.GetNotificationsAsync(id, cancellationToken))
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.Body, InstantPattern.General.Format(n.CreatedAt)))
            .ToList();
        return TypedResults.Json(views, NotificationJsonContext.Default.ListNotificationView);
    }
}

public sealed record NotificationView(string Id, string Kind, string Subject, string Body, string CreatedAt);

/// <summary>Source-generated JSON for <see cref="NotificationView"/>.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<NotificationView>))]
public sealed partial class NotificationJsonContext : JsonSerializerContext;
