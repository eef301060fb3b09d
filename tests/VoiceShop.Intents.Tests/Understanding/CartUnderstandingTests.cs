using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;

namespace VoiceShop.Intents.Tests.Understanding;

/// <summary>
/// The cart's phrasings reach the cart intents on both engines, and several products said at once reach the
/// handler as one list in the product slot, quantities and all.
/// </summary>
public sealed class CartUnderstandingTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    public static TheoryData<string, string> Phrasings() => new()
    {
        { "add oat milk and two packs of paper towels", "AddToCartIntent" },
        { "put coffee pods in my cart", "AddToCartIntent" },
        { "add thirty packs of paper towels", "AddToCartIntent" },
        { "add twenty bottles of laundry detergent", "AddToCartIntent" },
        { "one more", "AddToCartIntent" },
        { "make it two oat milks", "UpdateCartIntent" },
        { "just one", "UpdateCartIntent" },
        { "remove the paper towels", "RemoveFromCartIntent" },
        { "what's in my cart", "CartContentsIntent" },
        { "how much is my cart", "CartContentsIntent" },
        { "check out", "CheckoutIntent" },
        { "order my cart", "CheckoutIntent" },
        { "buy oat milk and paper towels", IntentNames.Buy },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Cart_phrasings_find_their_intent_by_meaning(string text, string intent) =>
        Assert.Equal(intent, Hear(text, fixture.Semantic).IntentName);

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Cart_phrasings_find_their_intent_by_words(string text, string intent) =>
        Assert.Equal(intent, Hear(text, semantic: null).IntentName);

    [Theory]
    [InlineData("add oat milk and two packs of paper towels to my cart please", "oat milk and two packs of paper towels")]
    [InlineData("buy eggs, bread and bananas", "eggs and bread and bananas")]
    public void Several_products_go_to_the_product_slot_as_one_list(string text, string list)
    {
        var meaning = Hear(text, semantic: null);

        Assert.Equal(list, meaning.Slots[SlotNames.Product].Spoken);
        Assert.Null(meaning.Slots[SlotNames.Product].ResolvedId);
        Assert.False(meaning.Slots.ContainsKey(SlotNames.Quantity));
    }

    [Fact]
    public void A_list_reads_into_products_with_their_own_quantities()
    {
        var units = new HashSet<string>(["pack", "carton", "box"]);

        var items = SpokenItemList.Read("oat milk and two packs of paper towels, a box of coffee pods", quantity: null, units);

        Assert.Equal([new SpokenItem("oat milk", null), new SpokenItem("paper towels", 2), new SpokenItem("coffee pods", null)], items);
        Assert.Equal([new SpokenItem("paper towels", 150)], SpokenItemList.Read("a hundred and fifty paper towels", null, units));
        Assert.Equal([new SpokenItem("oat milk", 3)], SpokenItemList.Read("oat milk", 3, units));
    }

    private static UtteranceMeaning Hear(string text, Intents.Understanding.Semantic.SemanticIntents? semantic) =>
        new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), DemoData.Catalog(), semantic))
            .Interpret(text, DialogState.Empty, "en-US");
}
