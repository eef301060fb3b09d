using System.Text.Json.Nodes;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Builds the text channel's request (<c>POST /api/text</c>): the raw words, the session id and the token;
/// the host's own NLU and session store do the rest, so nothing else is carried.
/// </summary>
public static class TextRequestFactory
{
    public static JsonObject Build(SimulatorSession session, SimulatedShopper shopper, string utterance)
    {
        var request = new JsonObject
        {
            ["text"] = utterance,
            ["sessionId"] = session.SessionId,
            ["locale"] = shopper.Locale,
        };
        if (shopper.AccessToken is not null)
        {
            request["accessToken"] = shopper.AccessToken;
        }

        return request;
    }
}
