using System.Text.Json;

namespace VoiceShop.Cli.Tests;

public sealed class ExportAlexaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Writes_an_ask_model_with_intents_slot_types_and_dialog()
    {
        var run = await Cli.RunAsync("export", "alexa", "--out", _folder.Path);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(_folder.File("skill-package/interactionModels/custom/en-US.json")));
        var model = document.RootElement.GetProperty("interactionModel");
        var language = model.GetProperty("languageModel");
        Assert.Equal("voice shop", language.GetProperty("invocationName").GetString());

        var intents = language.GetProperty("intents").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        foreach (var name in new[] { "ReorderIntent", "OrderStatusIntent", "BuyIntent", "CancelOrderIntent" })
        {
            Assert.True(intents[name].GetProperty("samples").GetArrayLength() >= 40, name);
        }

        foreach (var builtIn in new[] { "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent" })
        {
            Assert.True(intents.ContainsKey(builtIn), builtIn);
        }

        var buySlots = intents["BuyIntent"].GetProperty("slots").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("type").GetString());
        Assert.Equal("PRODUCT", buySlots["product"]);
        Assert.Equal("AMAZON.NUMBER", buySlots["quantity"]);
        Assert.Equal("AMAZON.NUMBER", buySlots["maxPrice"]);

        var towels = language.GetProperty("types")[0].GetProperty("values").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "PT-2PK");
        Assert.Equal("paper towels", towels.GetProperty("name").GetProperty("value").GetString());
        Assert.Contains("kitchen roll", towels.GetProperty("name").GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));

        var buyDialog = model.GetProperty("dialog").GetProperty("intents").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "BuyIntent");
        Assert.True(buyDialog.GetProperty("confirmationRequired").GetBoolean());
        var confirmationId = buyDialog.GetProperty("prompts").GetProperty("confirmation").GetString();
        var prompt = model.GetProperty("prompts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == confirmationId);
        Assert.Contains("{product}", prompt.GetProperty("variations")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Product_values_come_from_the_given_catalog()
    {
        var catalog = _folder.Write("catalog.json", """
            [{"sku": "TENT-2", "name": "Two Person Tent", "synonyms": ["small tent"], "price": 149}]
            """);

        var run = await Cli.RunAsync("export", "alexa", "--out", _folder.Path, "--catalog", catalog);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(File.ReadAllText(_folder.File("skill-package/interactionModels/custom/en-US.json")));
        var value = Assert.Single(document.RootElement.GetProperty("interactionModel").GetProperty("languageModel").GetProperty("types")[0].GetProperty("values").EnumerateArray());
        Assert.Equal("TENT-2", value.GetProperty("id").GetString());
        Assert.Equal("two person tent", value.GetProperty("name").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_catalog_that_breaks_an_ask_rule_writes_nothing()
    {
        var catalog = _folder.Write("catalog.json", $$"""
            [{"sku": "LONG", "name": "{{new string('x', 150)}}", "price": 1}]
            """);

        var run = await Cli.RunAsync("export", "alexa", "--out", _folder.Path, "--catalog", catalog);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("must be 1 to 140 characters", run.Error);
        Assert.False(File.Exists(_folder.File("skill-package/interactionModels/custom/en-US.json")));
    }

    public void Dispose() => _folder.Dispose();
}
