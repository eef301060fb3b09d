using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Dialogflow;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Plays a platform against a VoiceShop host, like <c>ask dialog</c> does against a deployed skill: each
/// typed utterance becomes the platform's real request (its NLU step done by VoiceShop's interpreter), is
/// POSTed to the platform's endpoint, and the response's carried state feeds the next request. A reply that
/// ends the session makes the next utterance open a new session, as on a real device.
/// </summary>
public sealed partial class ConversationSimulator(
    HttpClient client,
    string platform,
    SimulatedShopper shopper,
    IUtteranceInterpreter? interpreter,
    IClock? clock = null)
{
    private readonly IClock _clock = clock ?? SystemClock.Instance;

    /// <summary>The platform spoken (see <see cref="SimulatedPlatforms"/>).</summary>
    public string Platform { get; } = SimulatedPlatforms.Normalize(platform)
        ?? throw new ArgumentException($"\"{platform}\" is not a platform the simulator speaks (alexa, dialogflow, text).", nameof(platform));

    /// <summary>The current session; settable so that a stateless caller (the console) can resume one.</summary>
    public SimulatorSession Session { get; set; } = SimulatorSession.Start();

    /// <summary>Sends one utterance and reads the reply. Never throws for a refused request: the turn carries the error.</summary>
    public async Task<SimulatedTurn> SayAsync(string utterance, CancellationToken cancellationToken)
    {
        utterance = utterance.Trim();
        var meaning = Platform == SimulatedPlatforms.Text ? null : Understand(utterance);
        var request = Platform switch
        {
            SimulatedPlatforms.Alexa => AlexaRequestFactory.Build(Session, shopper, meaning!, _clock.GetCurrentInstant().ToDateTimeOffset()),
            SimulatedPlatforms.Dialogflow => DialogflowRequestFactory.Build(Session, shopper, meaning!, utterance),
            _ => TextRequestFactory.Build(Session, shopper, utterance),
        };
        Session.RecordRequest();

        var (status, response, error) = await PostAsync(request, cancellationToken);
        if (response is not JsonObject responseObject || error is not null)
        {
            return new SimulatedTurn(Platform, utterance, meaning?.IntentName, meaning?.Slots ?? Empty, request, status, response, null, error ?? "The response is not a JSON object.");
        }

        var reply = SimulatedReply.Read(Platform, responseObject);
        Carry(responseObject, reply);
        return new SimulatedTurn(Platform, utterance, meaning?.IntentName ?? reply.HeardIntent, meaning?.Slots ?? TextSlots(responseObject), request, status, response, reply, null);
    }

    /// <summary>What the platform's NLU would hear, given what the conversation is waiting for.</summary>
    public SimulatedMeaning Understand(string utterance)
    {
        if (IsInvocation(utterance))
        {
            return SimulatedMeaning.Launch;
        }

        var state = CurrentState();
        var heard = interpreter?.Interpret(utterance, state, shopper.Locale)
            ?? throw new InvalidOperationException("Simulating Alexa or Dialogflow needs an utterance interpreter (the NLU).");
        return Elicited(new SimulatedMeaning(heard.IntentName, heard.Slots, heard.Confidence), state, utterance);
    }

    /// <summary>The dialog state the last response left in the session, read as the platform's adapter reads it.</summary>
    public DialogState CurrentState()
    {
        if (Platform == SimulatedPlatforms.Dialogflow)
        {
            var parameters = JsonSerializer.Deserialize(Session.Carried.ToJsonString(), SimulationJsonContext.Default.DictionaryStringJsonElement);
            return DialogflowSessionState.Read(parameters);
        }

        var values = Session.Carried
            .Where(kv => kv.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal);
        return DialogState.FromDictionary(values);
    }

    /// <summary>
    /// While a slot is being elicited, the platforms map the answer onto the eliciting intent (Alexa's
    /// ElicitSlot directive, a Dialogflow form parameter): the words fill the slot unless the shopper asked
    /// for something else entirely (yes, no, stop, help, another commerce intent).
    /// </summary>
    private static SimulatedMeaning Elicited(SimulatedMeaning heard, DialogState state, string utterance)
    {
        if (state.Awaiting != Awaiting.SlotValue || state.ElicitIntent is not { } intent || state.ElicitSlot is not { } slot)
        {
            return heard;
        }

        var answersTheQuestion = heard.IntentName == intent || heard.IntentName == IntentNames.Fallback;
        if (!answersTheQuestion)
        {
            return heard;
        }

        var slots = new Dictionary<string, SlotValue>(heard.Slots, StringComparer.Ordinal);
        if (!slots.ContainsKey(slot))
        {
            slots[slot] = new SlotValue(utterance);
        }

        return new SimulatedMeaning(intent, slots, heard.Confidence);
    }

    private void Carry(JsonObject response, SimulatedReply reply)
    {
        if (reply.EndsSession)
        {
            Session.Restart();
            return;
        }

        switch (Platform)
        {
            case SimulatedPlatforms.Alexa:
                Session.ReplaceCarried(response["sessionAttributes"] is JsonObject attributes ? attributes.DeepClone().AsObject() : []);
                break;
            case SimulatedPlatforms.Dialogflow:
                var carried = Session.Carried.DeepClone().AsObject();
                var updates = (response["sessionInfo"] ?? response["session_info"])?["parameters"] as JsonObject ?? [];
                foreach (var (name, value) in updates)
                {
                    // CX: a null parameter value deletes the parameter.
                    if (value is null)
                    {
                        carried.Remove(name);
                    }
                    else
                    {
                        carried[name] = value.DeepClone();
                    }
                }

                Session.ReplaceCarried(carried);
                break;
        }
    }

    private async Task<(int Status, JsonNode? Response, string? Error)> PostAsync(JsonObject request, CancellationToken cancellationToken)
    {
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await client.PostAsync(SimulatedPlatforms.EndpointPath(Platform).TrimStart('/'), content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonNode? json = null;
            try
            {
                json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                // Reported below with the raw body.
            }

            return response.IsSuccessStatusCode
                ? ((int)response.StatusCode, json, null)
                : ((int)response.StatusCode, json, $"{SimulatedPlatforms.EndpointPath(Platform)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}");
        }
        catch (HttpRequestException ex)
        {
            return (0, null, $"The host could not be reached: {ex.Message}");
        }
    }

    /// <summary>The slots the text channel's host reported hearing.</summary>
    private static Dictionary<string, SlotValue> TextSlots(JsonObject response)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        if (response["intent"]?["slots"] is JsonObject heard)
        {
            foreach (var (name, value) in heard)
            {
                var spoken = value?["value"]?.ToString();
                slots[name] = new SlotValue(spoken, value?["id"]?.ToString(), value?["name"]?.ToString());
            }
        }

        return slots;
    }

    private static readonly Dictionary<string, SlotValue> Empty = new();

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    /// <summary>"open voice shop", "alexa, launch voice shop", "talk to voice shop", or nothing at all.</summary>
    public static bool IsInvocation(string utterance) => utterance.Length == 0 || Invocation().IsMatch(utterance);

    [GeneratedRegex(@"^((alexa|hey google|ok google)[ ,]+)?(open|launch|start|talk to|ask)( the)? voice ?shop[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Invocation();
}
