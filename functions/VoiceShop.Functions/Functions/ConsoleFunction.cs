using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VoiceShop.Functions.DevConsole;
using VoiceShop.Functions.Hosting;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Simulation;

namespace VoiceShop.Functions.Functions;

/// <summary>
/// The developer's test console, mapped only when <c>Console:Enabled</c> is true in Development (it creates
/// shoppers that can buy, so no other environment maps it): <c>GET /console</c> (the
/// page and its two assets), <c>POST /api/console/shoppers</c> (speak as the demo or a new shopper) and
/// <c>POST /api/console/turn</c> (one typed utterance as the chosen platform's real request, sent through
/// this host's own HTTP endpoint).
/// </summary>
public static class ConsoleFunction
{
    public static WebApplication MapConsoleFunction(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<ConsoleOptions>().Enabled || !app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapGet("/console", (HttpContext context) => Asset(context, "index.html"));
        app.MapGet("/console/{name}", (HttpContext context, string name) => Asset(context, name));
        app.MapPost("/api/console/shoppers", ShopperAsync);
        app.MapPost("/api/console/turn", TurnAsync);
        return app;
    }

    private static IResult Asset(HttpContext context, string name)
    {
        if (ConsoleAssets.Find(name) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        // Everything is served by this host; audio arrives as blobs made from /api/speech responses.
        headers.ContentSecurityPolicy = "default-src 'self'; media-src 'self' blob:; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    public static async Task<Results<JsonHttpResult<ConsoleShopperResult>, ProblemHttpResult>> ShopperAsync(
        HttpRequest request,
        ConsoleShoppers shoppers,
        CancellationToken cancellationToken)
    {
        var input = await ReadAsync(request, ConsoleJsonContext.Default.ConsoleShopperRequest, cancellationToken);
        var shopper = input?.Kind?.ToLowerInvariant() switch
        {
            null or "" or "demo" => await shoppers.DemoAsync(cancellationToken),
            "new" => await shoppers.CreateAsync(cancellationToken),
            _ => null,
        };
        return shopper is null
            ? Problems.BadRequest("kind is \"demo\" or \"new\".")
            : TypedResults.Json(shopper, ConsoleJsonContext.Default.ConsoleShopperResult);
    }

    /// <summary>Builds the platform request, sends it to this host over HTTP, and reports both sides of the exchange.</summary>
    public static async Task<Results<JsonHttpResult<ConsoleTurnResult>, ProblemHttpResult>> TurnAsync(
        HttpRequest request,
        SelfAddress self,
        IHttpClientFactory clients,
        IUtteranceInterpreter interpreter,
        NodaTime.IClock clock,
        CancellationToken cancellationToken)
    {
        var input = await ReadAsync(request, ConsoleJsonContext.Default.ConsoleTurnRequest, cancellationToken);
        if (input is null)
        {
            return Problems.BadRequest("The body must be a JSON object with platform, utterance, shopper and session.");
        }

        if (SimulatedPlatforms.Normalize(input.Platform) is not { } platform)
        {
            return Problems.BadRequest("platform is alexa, dialogflow or text.");
        }

        var utterance = input.Utterance?.Trim() ?? "";
        if (utterance.Length > 500)
        {
            return Problems.BadRequest("utterance is at most 500 characters.");
        }

        if (self.Find() is not { } baseAddress)
        {
            return Problems.BadRequest("The console needs the host listening on HTTP (Kestrel) to send requests to itself.", StatusCodes.Status503ServiceUnavailable);
        }

        var device = input.Shopper?.Device?.ToLowerInvariant() switch
        {
            "screen" => SimulatedDevice.Screen,
            "car" => SimulatedDevice.Car,
            _ => SimulatedDevice.SmartSpeaker,
        };
        var shopper = new SimulatedShopper(string.IsNullOrWhiteSpace(input.Shopper?.AccessToken) ? null : input.Shopper.AccessToken, device);
        var client = clients.CreateClient(ConsoleServices.SelfClient);
        client.BaseAddress = baseAddress;
        var simulator = new ConversationSimulator(client, platform, shopper, interpreter, clock)
        {
            Session = SimulatorSession.FromJson(input.Session),
        };

        var turn = await simulator.SayAsync(utterance, cancellationToken);
        var result = new ConsoleTurnResult(
            turn.Platform,
            turn.Utterance,
            turn.IntentName,
            turn.Slots.ToDictionary(kv => kv.Key, kv => new ConsoleSlot(kv.Value.Spoken, kv.Value.ResolvedId, kv.Value.ResolvedName)),
            turn.Request,
            turn.StatusCode,
            turn.Response,
            turn.Reply?.Ssml,
            turn.Reply?.Speech,
            turn.Reply?.EndsSession,
            turn.Reply is { CardTitle: not null } or { CardContent: not null } ? new ConsoleCard(turn.Reply.CardTitle, turn.Reply.CardContent) : null,
            turn.Error,
            simulator.Session.ToJson());
        return TypedResults.Json(result, ConsoleJsonContext.Default.ConsoleTurnResult);
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (!RequestBody.IsJson(request) || await RequestBody.ReadAsync(request, HostingExtensions.MaxBodyBytes, cancellationToken) is not { } body || body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body.Span, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
