using System.Text.Json;
using NodaTime;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Stores;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Sessions;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Skills.Text;

/// <summary>
/// The text channel: free text in, the same conversation as on Alexa, text and SSML out. There is no
/// platform NLU and no platform session here, so our own interpreter finds intent and slots, and the dialog
/// state is kept in the store under the client's session id.
/// </summary>
public sealed class TextChannel(
    ConversationEngine conversation,
    CatalogNluCache nlu,
    SessionStates sessions)
{
    /// <summary>The platform name handlers see.</summary>
    public const string Platform = "text";

    /// <summary>Longest text accepted: a spoken request is a sentence, not a document.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Longest session id accepted.</summary>
    public const int MaxSessionIdLength = 128;

    /// <summary>Checks, understands and answers one request body whose sender is not known.</summary>
    public Task<ChannelResult<TextResponse>> HandleAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        HandleAsync(body, clientAddress: null, cancellationToken);

    /// <summary>Checks, understands and answers one request body from <paramref name="clientAddress"/> (the shopper's device, for the per-address limit).</summary>
    public async Task<ChannelResult<TextResponse>> HandleAsync(ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        TextRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body.Span, TextJsonContext.Default.TextRequest);
        }
        catch (JsonException)
        {
            return ChannelResult<TextResponse>.Reject("The body is not a valid JSON object.");
        }

        if (Validate(request) is { } problem)
        {
            return ChannelResult<TextResponse>.Reject(problem);
        }

        var text = request!.Text!;
        var sessionId = request.SessionId!;
        var locale = string.IsNullOrWhiteSpace(request.Locale) ? "en-US" : request.Locale;
        var state = await sessions.LoadAsync(Platform, sessionId, cancellationToken);
        var model = await nlu.GetAsync(cancellationToken);
        var meaning = CatalogUtteranceInterpreter.Interpret(model, text, state);
        var turn = new Turn(
            Platform,
            locale,
            sessionId,
            Guid.NewGuid().ToString("N"),
            meaning.IntentName,
            meaning.Slots,
            Confirmation.None,
            string.IsNullOrWhiteSpace(request.AccessToken) ? null : new PlatformIdentity(PlatformIdentity.VoiceShop, request.AccessToken),
            state,
            new DeviceProfile(HasScreen: true, Brief: request.Brief == true))
        {
            ClientAddress = clientAddress,
        };
        var reply = await conversation.HandleAsync(turn, cancellationToken);
        await sessions.SaveAsync(Platform, sessionId, reply, cancellationToken);

        var speechLocale = SpeechLocale.For(locale);
        return ChannelResult<TextResponse>.Answer(new TextResponse(
            sessionId,
            new TextIntent(meaning.IntentName, meaning.Confidence, Slots(meaning)),
            SsmlRenderer.ToSsml(reply.Speech, SsmlDialect.Google, speechLocale),
            SsmlRenderer.ToPlainText(reply.Speech, speechLocale),
            reply.EndSession), TextJsonContext.Default.TextResponse);
    }

    private static string? Validate(TextRequest? request)
    {
        if (request is null)
        {
            return "The body must be a JSON object with \"text\" and \"sessionId\".";
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return "\"text\" is required.";
        }

        if (request.Text.Length > MaxTextLength)
        {
            return $"\"text\" must be at most {MaxTextLength} characters.";
        }

        if (string.IsNullOrWhiteSpace(request.SessionId))
        {
            return "\"sessionId\" is required.";
        }

        if (request.SessionId.Length > MaxSessionIdLength || request.SessionId.Any(char.IsControl))
        {
            return $"\"sessionId\" must be at most {MaxSessionIdLength} printable characters.";
        }

        return request.Locale is { Length: > 35 } ? "\"locale\" must be a language tag such as en-US." : null;
    }

    private static Dictionary<string, TextSlot> Slots(UtteranceMeaning meaning) =>
        meaning.Slots
            .Where(kv => kv.Value.HasValue)
            .ToDictionary(kv => kv.Key, kv => new TextSlot(kv.Value.Spoken ?? kv.Value.ResolvedName ?? "", kv.Value.ResolvedId, kv.Value.ResolvedName));
}
