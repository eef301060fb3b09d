using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Alexa's name-free "could you handle this?" through the real host: our own CanFulfillIntentRequest fixtures
/// (<c>tests/fixtures/alexa/canfulfill-*.json</c>) get YES, MAYBE or NO per intent and per slot from the
/// interaction model and the demo catalog, and answering them writes nothing at all.
/// </summary>
public sealed class AlexaCanFulfillTests : IDisposable
{
    private readonly VoiceShopHost _host = new();
    private readonly HttpClient _client;

    public AlexaCanFulfillTests() => _client = _host.CreateClient();

    public static string FixtureDirectory => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "alexa");

    /// <summary>Each fixture with the answer it must get: the intent's verdict, then "slot=canUnderstand/canFulfill" per slot heard.</summary>
    public static TheoryData<string, string, string[]> Expectations() => new()
    {
        // Entity resolution matched a SKU we sell; 2 is within the per-line limit; the empty maxPrice slot is not judged.
        { "canfulfill-buy-known-product", "YES", ["product=YES/YES", "quantity=YES/YES"] },
        { "canfulfill-buy-unknown-product", "NO", ["product=NO/NO"] },
        { "canfulfill-buy-quantity-over-limit", "NO", ["product=YES/YES", "quantity=YES/NO"] },
        { "canfulfill-buy-out-of-stock", "NO", ["product=YES/NO"] },
        { "canfulfill-buy-over-price-cap", "NO", ["product=YES/YES", "maxPrice=YES/NO"] },

        // "batteries" is AA or AAA: understood only in part, and we would ask which.
        { "canfulfill-reorder-ambiguous-product", "MAYBE", ["product=MAYBE/YES"] },
        { "canfulfill-order-status", "YES", ["product=YES/YES"] },
        { "canfulfill-intent-not-ours", "NO", ["Sound=NO/NO"] },
        { "canfulfill-built-in-stop", "NO", [] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task A_fixture_gets_its_verdict_per_intent_and_per_slot(string fixture, string canFulfill, string[] slots)
    {
        var (status, json) = await PostAsync(File.ReadAllBytes(Path.Combine(FixtureDirectory, fixture + ".json")));

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = json["response"]!["canFulfillIntent"]!;
        Assert.Equal(canFulfill, answer["canFulfill"]!.GetValue<string>());
        var actualSlots = (answer["slots"]?.AsObject() ?? [])
            .Select(kv => $"{kv.Key}={kv.Value!["canUnderstand"]!.GetValue<string>()}/{kv.Value!["canFulfill"]!.GetValue<string>()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(slots.Order(StringComparer.Ordinal), actualSlots);

        // Only the verdict: Alexa must not speak, show or remember anything for a question it asked itself.
        Assert.Null(json["response"]!["outputSpeech"]);
        Assert.Null(json["response"]!["directives"]);
        Assert.Null(json["sessionAttributes"]);
    }

    [Fact]
    public void Every_canfulfill_fixture_has_an_expected_answer()
    {
        var files = Directory.GetFiles(FixtureDirectory, "canfulfill-*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var expected = Expectations().Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, files);
    }

    [Fact]
    public async Task The_quantity_limit_comes_from_the_purchasing_settings()
    {
        using var host = new VoiceShopHost(settings: new Dictionary<string, string?> { ["Purchasing:MaxQuantityPerLine"] = "60" });
        using var client = host.CreateClient();
        var body = File.ReadAllBytes(Path.Combine(FixtureDirectory, "canfulfill-buy-quantity-over-limit.json"));

        var (_, json) = await PostAsync(client, body);

        Assert.Equal("YES", json["response"]!["canFulfillIntent"]!["canFulfill"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answering_every_fixture_twice_writes_nothing_to_the_store()
    {
        // A plain read first, so that start-up (schema, demo seed) is behind us before the snapshot.
        await _client.GetAsync("/api/health");
        var before = Snapshot(_host.DatabasePath);

        foreach (var file in Directory.GetFiles(FixtureDirectory, "canfulfill-*.json").Order(StringComparer.Ordinal))
        {
            for (var i = 0; i < 2; i++)
            {
                var (status, _) = await PostAsync(File.ReadAllBytes(file));
                Assert.Equal(HttpStatusCode.OK, status);
            }
        }

        Assert.Equal(before, Snapshot(_host.DatabasePath));
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    /// <summary>Every row of every table of the SQLite file, as text: any insert, update or delete changes it.</summary>
    private static string Snapshot(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            text.Append("## ").AppendLine(table);
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    text.Append(reader.GetValue(column) switch
                    {
                        DBNull => "null",
                        byte[] bytes => Convert.ToHexString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('|');
                }

                text.AppendLine();
            }
        }

        Assert.NotEmpty(tables);
        return text.ToString();
    }

    private Task<(HttpStatusCode Status, JsonObject Json)> PostAsync(byte[] body) => PostAsync(_client, body);

    private static async Task<(HttpStatusCode Status, JsonObject Json)> PostAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync("/api/alexa", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["body"] = text });
    }
}
