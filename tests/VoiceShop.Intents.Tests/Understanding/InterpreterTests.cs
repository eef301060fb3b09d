using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests.Understanding;

/// <summary>The lexical engine (<c>Nlu:Engine=Lexical</c>) and the analysis both engines share; the semantic engine has <see cref="SemanticEngineTests"/>.</summary>
public sealed class InterpreterTests
{
    private static readonly CatalogUtteranceInterpreter Interpreter =
        new(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), semantic: null));

    private static UtteranceMeaning Hear(string text, DialogState? state = null) => Interpreter.Interpret(text, state ?? DialogState.Empty, "en-US");

    [Theory]
    [InlineData("buy two packs of paper towels", 2)]
    [InlineData("alexa order a couple of packs of paper towels", 2)]
    [InlineData("um get me half a dozen paper towels please", 6)]
    [InlineData("hey google buy a hundred and fifty paper towels", 150)]
    [InlineData("buy twenty five paper towels", 25)]
    [InlineData("buy 3 paper towels", 3)]
    public void Numbers_said_as_words_become_the_quantity(string text, int quantity)
    {
        var meaning = Hear(text);

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), meaning.Slots[SlotNames.Quantity].Spoken);
        Assert.Equal("PT-2PK", meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Fact]
    public void Size_ten_is_not_a_quantity()
    {
        var meaning = Hear("buy wool socks size ten");

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.False(meaning.Slots.ContainsKey(SlotNames.Quantity));
        Assert.Equal("SOCKS", meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Theory]
    [InlineData("buy a winter jacket under 200 dollars", "200")]
    [InlineData("get me an umbrella for less than fifty bucks", "50")]
    [InlineData("buy a jacket under $150", "150")]
    [InlineData("order earbuds no more than sixty dollars and fifty cents", "60.5")]
    public void Price_limits_become_max_price_and_not_quantity(string text, string maxPrice)
    {
        var meaning = Hear(text);

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal(maxPrice, meaning.Slots[SlotNames.MaxPrice].Spoken);
        Assert.False(meaning.Slots.ContainsKey(SlotNames.Quantity));
    }

    [Fact]
    public void The_price_limit_picks_between_products_that_both_fit()
    {
        Assert.Equal("JKT-RAIN", Hear("buy a waterproof jacket under 150 dollars").Slots[SlotNames.Product].ResolvedId);
        Assert.Equal("JKT-TRAIL", Hear("buy a black waterproof jacket").Slots[SlotNames.Product].ResolvedId);
    }

    [Theory]
    [InlineData("buy pair of towels", "PT-2PK")]
    [InlineData("order kleenecks", "TISSUES")]
    [InlineData("buy toilet payper", "TP-12")]
    [InlineData("get me dish washer tablets", "DW-PODS")]
    [InlineData("order fabric softner", "SOFTENER")]
    public void Near_misses_of_product_names_still_find_the_product(string text, string sku)
    {
        var meaning = Hear(text);

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal(sku, meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Fact]
    public void An_ambiguous_product_is_heard_but_not_resolved()
    {
        var product = Hear("buy some batteries").Slots[SlotNames.Product];

        Assert.Equal("batteries", product.Spoken);
        Assert.Null(product.ResolvedId);
    }

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("play some music")]
    [InlineData("set a timer")]
    [InlineData("set a timer for ten minutes")]
    [InlineData("turn on the kitchen lights")]
    [InlineData("how many calories in a banana")]
    [InlineData("tell me a joke")]
    public void Out_of_scope_requests_are_fallback_not_orders(string text)
    {
        var meaning = Hear(text);

        Assert.Equal(IntentNames.Fallback, meaning.IntentName);
        Assert.Empty(meaning.Slots);
    }

    [Theory]
    [InlineData("reorder paper towels", IntentNames.Reorder)]
    [InlineData("where's my order", IntentNames.OrderStatus)]
    [InlineData("cancel my dog food order", IntentNames.CancelOrder)]
    [InlineData("um alexa what can you do", IntentNames.Help)]
    [InlineData("goodbye", IntentNames.Stop)]
    [InlineData("start over", IntentNames.NavigateHome)]
    public void Intents_are_recognised_through_fillers_and_wake_words(string text, string intent) =>
        Assert.Equal(intent, Hear(text).IntentName);

    [Theory]
    [InlineData("yeah sure", IntentNames.Yes)]
    [InlineData("ok go ahead", IntentNames.Yes)]
    [InlineData("nope", IntentNames.No)]
    [InlineData("nah not today", IntentNames.No)]
    public void Short_answers_to_a_read_back_are_yes_or_no(string text, string intent) =>
        Assert.Equal(intent, Hear(text, new DialogState(Awaiting.PurchaseConfirmation, PendingPurchaseId: "p1")).IntentName);

    [Fact]
    public void A_bare_product_name_fills_the_slot_that_was_asked_for()
    {
        var state = new DialogState(Awaiting.SlotValue, ElicitIntent: IntentNames.Reorder, ElicitSlot: SlotNames.Product);

        var meaning = Hear("um the coffee pods", state);

        Assert.Equal(IntentNames.Reorder, meaning.IntentName);
        Assert.Equal("CP-BOX", meaning.Slots[SlotNames.Product].ResolvedId);
    }

    [Fact]
    public void A_bare_number_fills_the_quantity_that_was_asked_for()
    {
        var state = new DialogState(Awaiting.SlotValue, ElicitIntent: IntentNames.Buy, ElicitSlot: SlotNames.Quantity);

        var meaning = Hear("three please", state);

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal("3", meaning.Slots[SlotNames.Quantity].Spoken);
    }

    [Fact]
    public void Changing_the_subject_while_a_slot_is_asked_for_is_understood()
    {
        var state = new DialogState(Awaiting.SlotValue, ElicitIntent: IntentNames.Buy, ElicitSlot: SlotNames.Product);

        Assert.Equal(IntentNames.OrderStatus, Hear("where is my package", state).IntentName);
        Assert.Equal(IntentNames.Stop, Hear("stop", state).IntentName);
    }

    [Fact]
    public void Unknown_products_are_still_heard_for_the_handler_to_answer()
    {
        var meaning = Hear("buy a car");

        Assert.Equal(IntentNames.Buy, meaning.IntentName);
        Assert.Equal("car", meaning.Slots[SlotNames.Product].Spoken);
        Assert.Null(meaning.Slots[SlotNames.Product].ResolvedId);
    }
}
