using System.Text.Json.Nodes;

namespace VoiceShop.Functions.DevConsole;

/// <summary>
/// One typed utterance from the console. The console holds the session (<see cref="Session"/> as returned by
/// the previous turn), so the server keeps nothing between turns, like the platforms' own simulators.
/// </summary>
public sealed record ConsoleTurnRequest(string? Platform, string? Utterance, ConsoleShopper? Shopper, JsonObject? Session);

/// <summary>The simulated shopper: account-link token (null = not linked) and device (screen, speaker, car).</summary>
public sealed record ConsoleShopper(string? AccessToken, string? Device);

/// <summary>
/// Everything the console shows for one turn: the intent and slots the platform request carried, the exact
/// request and response JSON, the reply's SSML and words, the card, whether the session ended, and the
/// session to send with the next turn. <see cref="Error"/> explains a refused request.
/// </summary>
public sealed record ConsoleTurnResult(
    string Platform,
    string Utterance,
    string? Intent,
    Dictionary<string, ConsoleSlot> Slots,
    JsonObject Request,
    int Status,
    JsonNode? Response,
    string? Ssml,
    string? Speech,
    bool? EndsSession,
    ConsoleCard? Card,
    string? Error,
    JsonObject Session);

/// <summary>A slot as heard: words and, when resolved, the catalog entry.</summary>
public sealed record ConsoleSlot(string? Value, string? Id, string? Name);

/// <summary>A companion-app card.</summary>
public sealed record ConsoleCard(string? Title, string? Content);

/// <summary>Which shopper to speak as: "demo" (Alex, with order history) or "new" (no history).</summary>
public sealed record ConsoleShopperRequest(string? Kind);

/// <summary>A shopper ready to use: the id whose orders the side panel shows and the token platforms send.</summary>
public sealed record ConsoleShopperResult(string CustomerId, string Name, string AccessToken);
