using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using VoiceShop.Commerce.Purchasing;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Thousands of mutated Alexa requests, grown from the published samples and from our own conversation's
/// requests, sent through the real host: none may get a 5xx or come back as broken SSML, and none may place
/// an order its pending purchase does not allow (the corpus holds real, linked read-backs and their yeses).
/// The mutations are seeded, so a failure reproduces; the figures are printed for the record.
/// </summary>
public sealed class AlexaFuzzTests(ITestOutputHelper output)
{
    private const int Attempts = 3000;
    private const int Seed = 20261124;

    /// <summary>Every attempt that is a multiple of this sends the pending purchase's own yes, unmutated, with a fresh request id.</summary>
    private const int ControlEvery = 150;

    private static readonly string[] RequestTypes =
    [
        "LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest", "System.ExceptionEncountered",
        "AlexaSkillEvent.SkillEnabled", "Connections.Response", "SessionResumedRequest", "Made.Up", "", "intentrequest",
    ];

    private static readonly string[] IntentNames =
    [
        "BuyIntent", "ReorderIntent", "OrderStatusIntent", "CancelOrderIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
        "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.", "", "NoSuchIntent",
        "VoiceCodeIntent",
    ];

    private static readonly string[] Nasty =
    [
        "<speak>", "</speak><audio src=\"https://evil.example/x.mp3\"/>", "& < > \" '", "]]>", "<!-- -->", "\u0000", "\uFFFF",
        "paper towels", "?", "-1", "2147483648", "1e308", "NaN", "PT-2PK", "demo-token", "PurchaseConfirmation", "SlotValue",
        "ReorderOffer", "VoiceCode", "1234", "\u202Eevil", "🧻🧻🧻", "null", " ",
    ];

    [Fact]
    public async Task Thousands_of_mutated_requests_get_no_5xx_and_place_no_order_their_purchase_does_not_allow()
    {
        // The shopper's and the address's rate limits would turn most yeses away with "too fast"; lifted, only the
        // exactly-once placement stands between a mutated or repeated yes and a second order.
        using var host = VoiceShopHost.WithoutRateLimits();
        using var client = host.CreateClient();
        var ordersBefore = await host.DemoOrderIdsAsync();
        var chargesBefore = await host.ChargeCountAsync();
        var corpus = await SeedsAsync(client);
        Assert.Single(await host.DemoOrderIdsAsync(), id => !ordersBefore.Contains(id));
        var random = new Random(Seed);
        var bodies = Enumerable.Range(0, Attempts)
            .Select(i => i % ControlEvery == 0
                ? WithFreshRequestId(corpus.PendingYes, i)
                : Mutate(corpus.Seeds[random.Next(corpus.Seeds.Count)], random, i))
            .ToList();

        var statuses = new int[Attempts];
        var brokenSsml = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Attempts), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            using var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("/api/alexa", content, token);
            statuses[i] = (int)response.StatusCode;
            if (response.IsSuccessStatusCode && SsmlProblem(await response.Content.ReadAsStringAsync(token)) is { } problem)
            {
                lock (brokenSsml)
                {
                    brokenSsml.Add($"#{i}: {problem}");
                }
            }
        });

        var newOrders = (await host.DemoOrderIdsAsync()).Where(id => !ordersBefore.Contains(id)).ToList();
        var charges = await host.ChargeCountAsync() - chargesBefore;
        var placed = await host.Store.GetPendingPurchaseAsync(corpus.PlacedPurchaseId, default);
        var pending = await host.Store.GetPendingPurchaseAsync(corpus.PendingPurchaseId, default);
        var serverErrors = Enumerable.Range(0, Attempts).Where(i => statuses[i] >= 500).ToList();
        output.WriteLine($"fuzz: seed {Seed}, seeds {corpus.Seeds.Count}, attempts {Attempts} (every {ControlEvery}th an unmutated yes), 5xx {serverErrors.Count}, "
            + $"orders {newOrders.Count} from 2 real pending purchases (one placed before the fuzz), charges {charges}, "
            + $"second purchase ended {pending?.Status}, broken SSML {brokenSsml.Count}");
        output.WriteLine("statuses: " + string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        foreach (var i in serverErrors.Take(5))
        {
            output.WriteLine($"5xx #{i}: {Encoding.UTF8.GetString(bodies[i])[..Math.Min(600, bodies[i].Length)]}");
        }

        Assert.Empty(serverErrors);

        // Each pending purchase allows one order: the first was placed before the fuzz and must not be placed
        // again; the second may be placed once (by a yes) or dropped (by a mutated no), never twice. Every
        // order and every charge belongs to one of them.
        Assert.Equal(PendingPurchaseStatus.Placed, placed!.Status);
        var allowed = new[] { placed.OrderId, pending!.OrderId }.OfType<string>().ToList();
        Assert.Equal(pending.Status == PendingPurchaseStatus.Placed ? 2 : 1, allowed.Count);
        Assert.Equal(allowed.Order(StringComparer.Ordinal), newOrders.Order(StringComparer.Ordinal));
        Assert.Equal(newOrders.Count, charges);
        Assert.Empty(brokenSsml);
        Assert.Contains(statuses, s => s == 200);
        Assert.Contains(statuses, s => s == 400);
    }

    /// <summary>
    /// The published samples plus requests of our own conversation with the demo shopper's token, among them two
    /// real read-backs: the reorder's, confirmed here before the fuzz (its yes stays a seed, so mutated yeses hit
    /// a purchase already placed), and a linked buy's, left pending (its yes is a seed, so they race to place it).
    /// </summary>
    private static async Task<FuzzCorpus> SeedsAsync(HttpClient client)
    {
        var seeds = AlexaFixtures.All().Select(f => f.Body).ToList();
        var conversation = new AlexaConversation(client);
        JsonObject Intent(string name, JsonObject? slots = null, string confirmation = "NONE") => new()
        {
            ["type"] = "IntentRequest",
            ["intent"] = new JsonObject { ["name"] = name, ["confirmationStatus"] = confirmation, ["slots"] = slots ?? new JsonObject() },
        };
        JsonObject Slot(string name, string value) => new() { [name] = new JsonObject { ["name"] = name, ["value"] = value } };
        byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

        seeds.Add(Utf8(conversation.Build(new JsonObject { ["type"] = "LaunchRequest" })));
        seeds.Add(Utf8(conversation.Build(Intent("BuyIntent", Slot("product", "paper towels")))));
        seeds.Add(Utf8(conversation.Build(Intent("ReorderIntent"))));
        seeds.Add(Utf8(conversation.Build(Intent("OrderStatusIntent"))));
        seeds.Add(Utf8(conversation.Build(new JsonObject { ["type"] = "CanFulfillIntentRequest", ["intent"] = Intent("BuyIntent", Slot("product", "coffee"))["intent"]!.DeepClone() })));
        var fake = JsonNode.Parse(conversation.Build(Intent("AMAZON.YesIntent")))!;
        fake["session"]!["attributes"] = new JsonObject { ["awaiting"] = "PurchaseConfirmation", ["pendingPurchaseId"] = "pp-not-a-real-purchase" };
        seeds.Add(Utf8(fake.ToJsonString()));

        var reorder = new AlexaConversation(client);
        var placedId = PendingPurchaseOf(await reorder.IntentAsync("ReorderIntent"));
        var placedYes = reorder.Build(Intent("AMAZON.YesIntent"));
        seeds.Add(Utf8(placedYes));
        seeds.Add(Utf8(reorder.Build(Intent("ReorderIntent", confirmation: "CONFIRMED"))));
        await reorder.PostAsync(placedYes);

        var buy = new AlexaConversation(client);
        var pendingId = PendingPurchaseOf(await buy.IntentAsync("BuyIntent", new Dictionary<string, string> { ["product"] = "paper towels", ["quantity"] = "2" }));
        var pendingYes = Utf8(buy.Build(Intent("AMAZON.YesIntent")));
        seeds.Add(pendingYes);
        seeds.Add(Utf8(buy.Build(Intent("BuyIntent", Slot("product", "paper towels"), confirmation: "CONFIRMED"))));
        return new FuzzCorpus(seeds, placedId, pendingId, pendingYes);
    }

    private static string PendingPurchaseOf(AlexaReply readBack) =>
        readBack.SessionAttributes["pendingPurchaseId"]?.GetValue<string>() ?? throw new InvalidOperationException($"No read-back: {readBack}");

    /// <summary>The seeds, and the two real pending purchases they carry with the pending one's own yes.</summary>
    private sealed record FuzzCorpus(List<byte[]> Seeds, string PlacedPurchaseId, string PendingPurchaseId, byte[] PendingYes);

    private static byte[] Mutate(byte[] seed, Random random, int attempt)
    {
        var fresh = WithFreshRequestId(seed, attempt);
        var mutations = 1 + random.Next(2);
        var body = random.Next(10) == 0 ? seed : fresh;
        for (var m = 0; m < mutations; m++)
        {
            // Mostly structural, so that most bodies still parse and reach the conversation.
            body = random.Next(3) == 0 ? MutateBytes(body, random) : MutateJson(body, random) ?? MutateBytes(body, random);
        }

        return body;
    }

    /// <summary>Each attempt its own request id, so the replay log does not answer it from an earlier attempt.</summary>
    private static byte[] WithFreshRequestId(byte[] seed, int attempt)
    {
        if (Parse(seed) is JsonObject { } root && root["request"] is JsonObject request)
        {
            request["requestId"] = $"amzn1.echo-api.request.fuzz-{attempt}";
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        }

        return seed;
    }

    private static byte[] MutateBytes(byte[] body, Random random)
    {
        var bytes = new List<byte>(body);
        if (bytes.Count == 0)
        {
            return [(byte)'{'];
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                byte[] inserts = [0x00, 0xFF, 0xC3, (byte)'{', (byte)'}', (byte)'[', (byte)'"', (byte)'\\', (byte)',', (byte)':', (byte)'<'];
                bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(4)).Select(_ => inserts[random.Next(inserts.Length)]));
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
        }

        return [.. bytes];
    }

    private static byte[]? MutateJson(byte[] body, Random random)
    {
        if (Parse(body) is not JsonObject root)
        {
            return null;
        }

        switch (random.Next(6))
        {
            case 0:
                Set(root, "request", "type", RequestTypes[random.Next(RequestTypes.Length)]);
                break;
            case 1:
                Set(root, "request", "intent", new JsonObject { ["name"] = IntentNames[random.Next(IntentNames.Length)], ["slots"] = RandomSlots(random) });
                break;
            case 2:
                Set(root, "session", "attributes", new JsonObject
                {
                    ["awaiting"] = Nasty[random.Next(Nasty.Length)],
                    ["pendingPurchaseId"] = Nasty[random.Next(Nasty.Length)],
                    ["elicitIntent"] = IntentNames[random.Next(IntentNames.Length)],
                    ["elicitSlot"] = "product",
                    ["slot.quantity"] = Nasty[random.Next(Nasty.Length)],
                });
                break;
            default:
                var nodes = Descendants(root).ToList();
                if (nodes.Count == 0)
                {
                    // Nothing left to mutate structurally (an empty or all-null object): mutate the bytes instead.
                    return null;
                }

                var target = nodes[random.Next(nodes.Count)];
                switch (target.Parent)
                {
                    case JsonObject parent when random.Next(4) == 0:
                        parent.Remove(target.GetPropertyName());
                        break;
                    case JsonObject parent:
                        parent[target.GetPropertyName()] = RandomValue(random);
                        break;
                    case JsonArray array:
                        array[target.GetElementIndex()] = RandomValue(random);
                        break;
                }

                break;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonObject RandomSlots(Random random)
    {
        var slots = new JsonObject();
        foreach (var name in new[] { "product", "quantity", "maxPrice", "code" }.Where(_ => random.Next(2) == 0))
        {
            slots[name] = new JsonObject { ["name"] = name, ["value"] = RandomValue(random) };
        }

        return slots;
    }

    private static JsonNode? RandomValue(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(3) - 1),
        2 => JsonValue.Create(1e308),
        3 => JsonValue.Create(new string('x', random.Next(1, 60_000))),
        4 => new JsonArray(JsonValue.Create("a"), null, new JsonObject()),
        5 => Deep(random.Next(10, 200)),
        6 => new JsonObject(),
        7 => JsonValue.Create(true),
        _ => JsonValue.Create(Nasty[random.Next(Nasty.Length)]),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonObject { ["a"] = node } : new JsonArray(node);
        }

        return node;
    }

    private static void Set(JsonObject root, string parent, string name, JsonNode? value)
    {
        if (root[parent] is not JsonObject container)
        {
            container = new JsonObject();
            root[parent] = container;
        }

        container[name] = value;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(kv => kv.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    private static JsonNode? Parse(byte[] body)
    {
        try
        {
            var span = body.AsSpan();

            // Nodes decode lazily, so invalid UTF-8 would surface mid-mutation; such bodies get byte mutations only.
            if (!System.Text.Unicode.Utf8.IsValid(span))
            {
                return null;
            }

            var node = JsonNode.Parse(span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? span[3..] : span);

            // Objects are built on first use, where duplicate keys throw; build them now.
            _ = node is null ? 0 : Descendants(node).Count();
            return node;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Null when any SSML in the answer is well-formed XML under one speak element, else what is wrong.</summary>
    private static string? SsmlProblem(string responseBody)
    {
        try
        {
            var response = JsonNode.Parse(responseBody)?["response"];
            foreach (var speech in new[] { response?["outputSpeech"], response?["reprompt"]?["outputSpeech"] })
            {
                if (speech?["ssml"]?.GetValue<string>() is { } ssml && XElement.Parse(ssml).Name.LocalName != "speak")
                {
                    return "root is not speak";
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException or InvalidOperationException)
        {
            return ex.Message;
        }
    }
}
