using NodaTime.Testing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores.Sqlite;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Intents.Tests.Understanding;

/// <summary>One all-MiniLM-L6-v2 for the whole class: loading it is the slow part, and it is immutable once loaded.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public SemanticIntents Semantic { get; } = SemanticIntents.MiniLm(InteractionModel.Load());

    public void Dispose() => Semantic.Dispose();
}

public sealed class SemanticEngineTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private static readonly DialogState ReadBack = DialogState.FromDictionary(new Dictionary<string, string> { ["awaiting"] = "PurchaseConfirmation" });

    private UtteranceMeaning Hear(string text, DialogState? state = null) =>
        new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), fixture.Semantic))
            .Interpret(text, state ?? DialogState.Empty, "en-US");

    [Theory]
    [InlineData("what's the eta on my package", IntentNames.OrderStatus)]
    [InlineData("can you redo my last purchase", IntentNames.Reorder)]
    [InlineData("by paper towels", IntentNames.Buy)]
    [InlineData("i'd like to get some dish soap", IntentNames.Buy)]
    [InlineData("please call off my order", IntentNames.CancelOrder)]
    [InlineData("cancel", IntentNames.Cancel)]
    [InlineData("what are you able to do", IntentNames.Help)]
    public void Paraphrases_the_model_never_listed_find_their_intent(string text, string intent) =>
        Assert.Equal(intent, Hear(text).IntentName);

    [Fact]
    public void A_reorder_that_names_a_quantity_is_a_reorder_with_its_product()
    {
        var meaning = Hear("reorder two boxes of coffee pods");

        Assert.Equal(IntentNames.Reorder, meaning.IntentName);
        Assert.Equal("CP-BOX", meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Fact]
    public void Slots_come_from_the_lexical_analysis()
    {
        var meaning = Hear("could you order three packs of paper towels for me");

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal("PT-2PK", meaning.Slots[SlotNames.Product].ResolvedId);
        Assert.Equal("3", meaning.Slots[SlotNames.Quantity].Spoken);
    }

    [Theory]
    [InlineData("negatory", IntentNames.No)]
    [InlineData("roger that", IntentNames.Yes)]
    [InlineData("uh huh", IntentNames.Yes)]
    [InlineData("absolutely not", IntentNames.No)]
    [InlineData("buy it", IntentNames.Yes)]
    public void Answers_to_a_read_back_are_yes_or_no(string text, string intent) =>
        Assert.Equal(intent, Hear(text, ReadBack).IntentName);

    [Theory]
    [InlineData("play some jazz music")]
    [InlineData("set an alarm for seven")]
    [InlineData("what's the speed of light")]
    [InlineData("how do i get red wine out of a carpet")]
    [InlineData("who sings that song about umbrellas")]
    public void Requests_we_do_not_serve_are_out_of_scope(string text) =>
        Assert.Equal(IntentNames.Fallback, Hear(text).IntentName);

    [Fact]
    public void Out_of_scope_audio_never_becomes_a_yes_even_after_a_read_back() =>
        Assert.NotEqual(IntentNames.Yes, Hear("play some jazz music", ReadBack).IntentName);

    [Fact]
    public void The_model_is_not_loaded_until_the_first_utterance_and_then_once()
    {
        using var semantic = SemanticIntents.MiniLm(InteractionModel.Load());
        var interpreter = new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), semantic));
        Assert.False(semantic.IsLoaded);

        var classifiers = new SemanticIntentClassifier[4];
        Parallel.For(0, classifiers.Length, i =>
        {
            interpreter.Interpret("where is my order", DialogState.Empty, "en-US");
            classifiers[i] = semantic.Classifier;
        });

        Assert.True(semantic.IsLoaded);
        Assert.Single(classifiers.Distinct());
    }

    [Fact]
    public async Task The_lexical_setting_loads_no_model_and_still_understands()
    {
        using var folder = new TempDirectory();
        var store = new SqliteCommerceStore($"Data Source={Path.Combine(folder.Path, "store.db")}");
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertProductsAsync(DemoData.Catalog(), CancellationToken.None);
        var cache = new CatalogNluCache(store, InteractionModel.Load(), new FakeClock(NodaTime.Instant.FromUtc(2026, 12, 4, 12, 0)), new NluOptions { Engine = NluEngine.Lexical });

        var meaning = new CatalogUtteranceInterpreter(cache).Interpret("buy two packs of paper towels", DialogState.Empty, "en-US");

        Assert.Equal(NluEngine.Lexical, cache.Engine);
        Assert.Null(cache.Semantic);
        Assert.Null(cache.Current!.Semantic);
        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal("PT-2PK", meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Fact]
    public void The_semantic_setting_is_the_default_and_defers_its_model()
    {
        var cache = new CatalogNluCache(new SqliteCommerceStore("Data Source=:memory:"), InteractionModel.Load(), new FakeClock(NodaTime.Instant.FromUtc(2026, 12, 4, 12, 0)));

        Assert.Equal(NluEngine.Semantic, cache.Engine);
        Assert.False(cache.Semantic!.IsLoaded);
    }
}
