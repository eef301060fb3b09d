using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Seed;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The per-address purchase limit through the real host on Kestrel, on every channel, over real TCP connections from distinct
/// loopback addresses (127.0.0.1, 127.0.0.2, …): the address is the connection's, and X-Forwarded-For is
/// believed only from a proxy listed in Hosting:KnownProxies.
/// </summary>
public sealed class ClientAddressLimitTests(ITestOutputHelper output)
{
    private const string TooFast = "You're confirming orders faster than I can keep up, so nothing was ordered. Please try again in a minute.";

    private static readonly IPAddress Shopper = IPAddress.Parse("127.0.0.1");
    private static readonly IPAddress OtherShopper = IPAddress.Parse("127.0.0.2");

    [Theory]
    [InlineData("text")]
    [InlineData("alexa")]
    [InlineData("dialogflow-cx")]
    [InlineData("dialogflow-es")]
    [InlineData("voice")]
    public async Task Beyond_three_confirmations_a_minute_one_address_is_refused_and_another_is_not(string channel)
    {
        using var host = StartHost("Purchasing:LimitPlatformServerAddresses", "true");
        var before = await host.DemoOrderCountAsync();

        var fromOne = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            fromOne.Add(await ReorderAndConfirmAsync(channel, Client(host, Shopper)));
        }

        var fromAnother = await ReorderAndConfirmAsync(channel, Client(host, OtherShopper));

        output.WriteLine($"{channel}: from {Shopper} [{string.Join(" | ", fromOne.Select(Outcome))}], then from {OtherShopper} [{Outcome(fromAnother)}]");
        Assert.All(fromOne.Take(3), speech => Assert.StartsWith("Done.", speech, StringComparison.Ordinal));
        Assert.Equal(TooFast, fromOne[3]);
        Assert.StartsWith("Done.", fromAnother, StringComparison.Ordinal);
        Assert.Equal(before + 4, await host.DemoOrderCountAsync());
    }

    [Theory]
    [InlineData("alexa")]
    [InlineData("dialogflow-cx")]
    [InlineData("dialogflow-es")]
    public async Task A_voice_platforms_server_is_not_counted_per_address_by_default(string channel)
    {
        // Amazon's and Google's servers carry every shopper's requests: counting them would throttle all shoppers together.
        using var host = StartHost();
        var before = await host.DemoOrderCountAsync();

        var fromOne = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            fromOne.Add(await ReorderAndConfirmAsync(channel, Client(host, Shopper)));
        }

        output.WriteLine($"{channel}, platform servers not counted: from {Shopper} [{string.Join(" | ", fromOne.Select(Outcome))}]");
        Assert.All(fromOne, speech => Assert.StartsWith("Done.", speech, StringComparison.Ordinal));
        Assert.Equal(before + 4, await host.DemoOrderCountAsync());
    }

    [Theory]
    [InlineData("Hosting:KnownProxies", "127.0.0.1")]
    [InlineData("Hosting:KnownNetworks", "127.0.0.0/31")]
    public async Task A_listed_proxy_forwarding_different_clients_counts_each_client_on_its_own(string setting, string proxy)
    {
        using var host = StartHost(setting, proxy);
        var before = await host.DemoOrderCountAsync();

        // Five shoppers behind the proxy, one confirmation each: none is refused.
        var different = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            different.Add(await ReorderAndConfirmAsync("text", Client(host, Shopper, forwardedFor: $"203.0.113.{i}")));
        }

        // One shopper behind it, four times: the forwarded address is what the limit counts.
        var same = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            same.Add(await ReorderAndConfirmAsync("text", Client(host, Shopper, forwardedFor: "198.51.100.7")));
        }

        output.WriteLine($"listed proxy ({setting}={proxy}): five forwarded clients [{string.Join(" | ", different.Select(Outcome))}], one forwarded client four times [{string.Join(" | ", same.Select(Outcome))}]");
        Assert.All(different, speech => Assert.StartsWith("Done.", speech, StringComparison.Ordinal));
        Assert.All(same.Take(3), speech => Assert.StartsWith("Done.", speech, StringComparison.Ordinal));
        Assert.Equal(TooFast, same[3]);
        Assert.Equal(before + 8, await host.DemoOrderCountAsync());
    }

    [Fact]
    public async Task X_forwarded_for_from_an_unlisted_proxy_is_ignored()
    {
        // 127.0.0.2 is trusted; the requests come from 127.0.0.1, claiming a new client every time.
        using var host = StartHost("Hosting:KnownProxies", OtherShopper.ToString());
        var before = await host.DemoOrderCountAsync();

        var speeches = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            speeches.Add(await ReorderAndConfirmAsync("text", Client(host, Shopper, forwardedFor: $"203.0.113.{i}")));
        }

        output.WriteLine($"unlisted proxy: four forwarded clients [{string.Join(" | ", speeches.Select(Outcome))}]");
        Assert.All(speeches.Take(3), speech => Assert.StartsWith("Done.", speech, StringComparison.Ordinal));
        Assert.Equal(TooFast, speeches[3]);
        Assert.Equal(before + 3, await host.DemoOrderCountAsync());
    }

    [Fact]
    public void A_known_proxy_that_is_not_an_address_stops_start_up_naming_the_setting()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Hosting:KnownProxies"] = "proxy.internal" });

        var failure = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("Hosting:KnownProxies", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A host on Kestrel at a free loopback port: three confirmations per minute per address, a hundred per shopper.</summary>
    private static VoiceShopHost StartHost(string? proxySetting = null, string? proxies = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Purchasing:PlacementsPerMinutePerAddress"] = "3",
            ["Purchasing:PlacementsPerMinute"] = "100",
        };
        if (proxySetting is not null)
        {
            settings[proxySetting] = proxies;
        }

        var host = new VoiceShopHost(settings: settings);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }

    /// <summary>A client whose connections come from <paramref name="source"/>, optionally sending X-Forwarded-For.</summary>
    private static HttpClient Client(VoiceShopHost host, IPAddress source, string? forwardedFor = null)
    {
        var server = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(server) };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    /// <summary>A new conversation on <paramref name="channel"/>: "order it again", then yes. Returns what the yes was answered.</summary>
    private static async Task<string> ReorderAndConfirmAsync(string channel, HttpClient client)
    {
        using (client)
        {
            switch (channel)
            {
                case "text":
                    var session = Guid.NewGuid().ToString("N");
                    await SayAsync(client, session, "order my usual again");
                    return await SayAsync(client, session, "yes");
                case "alexa":
                    var alexa = new AlexaConversation(client);
                    await alexa.IntentAsync("ReorderIntent");
                    return (await alexa.IntentAsync("AMAZON.YesIntent")).Speech;
                case "dialogflow-cx":
                    var cx = new CxConversation(client, new JsonObject { ["accessToken"] = DemoData.DemoGoogleToken });
                    await cx.SendAsync("reorder", "order my usual again");
                    return (await cx.SendAsync("confirm", "yes")).Speech;
                case "dialogflow-es":
                    var esSession = "projects/voiceshop-es/agent/sessions/" + Guid.NewGuid().ToString("N")[..12];
                    var readBack = await EsAsync(client, esSession, "ReorderIntent", "", null);
                    var state = readBack["outputContexts"]!.AsArray().Single()!.DeepClone();
                    return (await EsAsync(client, esSession, "Yes", "confirm", state))["fulfillmentText"]!.GetValue<string>();
                case "voice":
                    var voiceSession = Guid.NewGuid().ToString("N");
                    await SpeakAsync(client, voiceSession, "reorder");
                    return await SpeakAsync(client, voiceSession, "yes");
                default:
                    throw new ArgumentOutOfRangeException(nameof(channel), channel, null);
            }
        }
    }

    private static async Task<string> SayAsync(HttpClient client, string sessionId, string text)
    {
        var request = new JsonObject { ["text"] = text, ["sessionId"] = sessionId, ["accessToken"] = DemoData.DemoAccessToken };
        using var response = await CxConversation.PostRawAsync(client, "/api/text", request.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["text"]!.GetValue<string>();
    }

    /// <summary>Says <paramref name="words"/> to the voice channel (espeak-ng in, pocketsphinx hearing it); returns the reply text.</summary>
    private static async Task<string> SpeakAsync(HttpClient client, string sessionId, string words)
    {
        using var content = new ByteArrayContent(await VoiceAudio.SayAsync(words));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/voice?sessionId={sessionId}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoData.DemoAccessToken);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["text"]!.GetValue<string>();
    }

    private static async Task<JsonObject> EsAsync(HttpClient client, string session, string intent, string action, JsonNode? context)
    {
        var request = new JsonObject
        {
            ["responseId"] = Guid.NewGuid().ToString(),
            ["session"] = session,
            ["queryResult"] = new JsonObject
            {
                ["queryText"] = "whatever was said",
                ["action"] = action,
                ["parameters"] = new JsonObject(),
                ["allRequiredParamsPresent"] = true,
                ["outputContexts"] = context is null ? new JsonArray() : new JsonArray(context),
                ["intent"] = new JsonObject { ["name"] = "projects/voiceshop-es/agent/intents/1", ["displayName"] = intent },
                ["languageCode"] = "en",
            },
            ["originalDetectIntentRequest"] = new JsonObject { ["payload"] = new JsonObject { ["accessToken"] = DemoData.DemoGoogleToken } },
        };
        using var response = await CxConversation.PostRawAsync(client, "/api/dialogflow/es", request.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static string Outcome(string speech) => speech.StartsWith("Done.", StringComparison.Ordinal) ? "placed" : speech == TooFast ? "refused: too fast" : speech;

}
