using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Functions;

/// <summary><c>GET /api/health</c>: up, and the store answers.</summary>
public static class HealthFunction
{
    public static IEndpointRouteBuilder MapHealthFunction(this IEndpointRouteBuilder api)
    {
        api.MapGet("/health", async (ICatalogStore catalog, CancellationToken cancellationToken) =>
        {
            var products = await catalog.GetProductsAsync(cancellationToken);
            return TypedResults.Json(new HealthReport("ok", products.Count), HostJsonContext.Default.HealthReport);
        });
        return api;
    }
}

/// <summary>The health answer.</summary>
public sealed record HealthReport(string Status, int Products);
