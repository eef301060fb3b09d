using System.Text.Json.Nodes;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// What a platform remembers between two requests of one session: the session id, whether the next request
/// opens the session, how many requests were sent, and the state the last response asked to carry (Alexa
/// session attributes, Dialogflow session parameters). It round-trips through JSON so that the browser
/// console can hold it and the server stays stateless.
/// </summary>
public sealed class SimulatorSession
{
    private SimulatorSession(string sessionId, bool isNew, int requestCount, JsonObject carried)
    {
        SessionId = sessionId;
        IsNew = isNew;
        RequestCount = requestCount;
        Carried = carried;
    }

    /// <summary>The conversation id the platform sends on every request of the session.</summary>
    public string SessionId { get; private set; }

    /// <summary>True until the first request of the session has been sent (Alexa's <c>session.new</c>).</summary>
    public bool IsNew { get; private set; }

    /// <summary>Requests sent in this session, used for request ids and timestamps.</summary>
    public int RequestCount { get; private set; }

    /// <summary>The attributes or parameters the last response asked the platform to carry.</summary>
    public JsonObject Carried { get; private set; }

    /// <summary>A fresh session with a new id.</summary>
    public static SimulatorSession Start() => new(Guid.NewGuid().ToString("N"), isNew: true, 0, []);

    /// <summary>Counts a request being sent and marks the session as no longer new.</summary>
    public void RecordRequest()
    {
        RequestCount++;
        IsNew = false;
    }

    /// <summary>Replaces the carried state (Alexa returns the whole attribute map each time).</summary>
    public void ReplaceCarried(JsonObject carried) => Carried = carried;

    /// <summary>Ends the session: the next request opens a new one, as the platforms do after shouldEndSession.</summary>
    public void Restart()
    {
        SessionId = Guid.NewGuid().ToString("N");
        IsNew = true;
        RequestCount = 0;
        Carried = [];
    }

    /// <summary>The session as JSON, for a client that holds it between turns.</summary>
    public JsonObject ToJson() => new()
    {
        ["sessionId"] = SessionId,
        ["new"] = IsNew,
        ["requestCount"] = RequestCount,
        ["carried"] = Carried.DeepClone(),
    };

    /// <summary>A session read back from <see cref="ToJson"/>; anything missing or malformed starts a fresh session.</summary>
    public static SimulatorSession FromJson(JsonObject? json)
    {
        if (json?["sessionId"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || string.IsNullOrWhiteSpace(id))
        {
            return Start();
        }

        var isNew = json["new"] is JsonValue newValue && newValue.TryGetValue<bool>(out var flag) && flag;
        var count = json["requestCount"] is JsonValue countValue && countValue.TryGetValue<int>(out var n) && n >= 0 ? n : 0;
        var carried = json["carried"] is JsonObject carriedJson ? carriedJson.DeepClone().AsObject() : [];
        return new SimulatorSession(id, isNew, count, carried);
    }
}
