using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Customers;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The whole voice round trip with nothing stood in: espeak-ng speaks, pocketsphinx transcribes, the host's own
/// NLU (IUtteranceInterpreter, registered by the NLU component, issue 5) understands, the conversation answers
/// from the store, and espeak-ng speaks the reply. Fails with a 503 on a host that has no NLU registered.
/// </summary>
public sealed class VoiceEndToEndTests : IDisposable
{
    private readonly VoiceShopHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task NeedsIssue5Nlu_spoken_where_is_my_order_is_answered_with_that_orders_status()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoData.DemoAccessToken);
        var content = new ByteArrayContent(await VoiceAudio.SayAsync("where is my order"));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var response = await client.PostAsync("/api/voice?sessionId=e2e-1", content);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("where is my order", reply.GetProperty("transcript").GetString());
        Assert.Equal(IntentNames.OrderStatus, reply.GetProperty("intent").GetString());
        Assert.Equal(await ExpectedStatusAsync(), reply.GetProperty("text").GetString());
        Assert.NotEmpty(Convert.FromBase64String(reply.GetProperty("audio").GetString()!));
    }

    /// <summary>What the conversation says to "where's my order" for the demo shopper, asked directly.</summary>
    private async Task<string> ExpectedStatusAsync()
    {
        var engine = _host.Services.GetRequiredService<ConversationEngine>();
        var turn = new Turn(
            "voice", "en-US", "direct", "direct-1", IntentNames.OrderStatus, new Dictionary<string, SlotValue>(), Confirmation.None,
            new PlatformIdentity(PlatformIdentity.Alexa, DemoData.DemoAccessToken), DialogState.Empty, new DeviceProfile(HasScreen: false, Brief: false));
        var reply = await engine.HandleAsync(turn, CancellationToken.None);
        var text = SsmlRenderer.ToPlainText(reply.Speech, SpeechLocale.EnUs);
        Assert.Contains("arrive", text);
        return text;
    }
}
