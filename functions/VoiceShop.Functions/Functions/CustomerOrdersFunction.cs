using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// <c>GET /api/customers/{id}/orders</c>, read-only and mapped in Development only: lets the test console
/// show what a conversation just ordered. Never exposed in production, where it would leak order history.
/// </summary>
public static class CustomerOrdersFunction
{
    public static IEndpointRouteBuilder MapCustomerOrdersFunction(this IEndpointRouteBuilder api)
    {
        if (api.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            api.MapGet("/customers/{id}/orders", GetAsync);
        }

        return api;
    }

    public static async Task<Results<JsonHttpResult<List<OrderView>>, NotFound>> GetAsync(
        string id,
        ICustomerStore customers,
        IOrderStore orders,
        CancellationToken cancellationToken)
    {
        if (await customers.GetCustomerAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var views = (await orders.GetOrdersAsync(id, cancellationToken))
            .Select(o => new OrderView(
                o.Id,
                o.Status.ToString(),
                o.Total.Amount,
                o.Total.Currency,
                LocalDatePattern.Iso.Format(o.ExpectedDelivery),
                InstantPattern.General.Format(o.PlacedAt),
                o.Carrier,
                o.Lines.Select(l => new OrderLineView(l.Sku, l.ProductName, l.Quantity, l.UnitPrice.Amount)).ToList()))
            .ToList();
        return TypedResults.Json(views, HostJsonContext.Default.ListOrderView);
    }
}

public sealed record OrderView(string Id, string Status, decimal Total, string Currency, string ExpectedDelivery, string PlacedAt, string? Carrier, List<OrderLineView> Lines);

public sealed record OrderLineView(string Sku, string Name, int Quantity, decimal UnitPrice);
