using System.Text.Json;
using NodaTime;
using VoiceShop.Commerce.Orders;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Commerce.Tests.Stores;

/// <summary>The hand-written reader of the order JSON columns reads what the serializer writes, and nothing looser.</summary>
public sealed class StoredJsonReaderTests
{
    [Fact]
    public void Lines_and_history_read_back_exactly_as_written()
    {
        IReadOnlyList<OrderLine> lines =
        [
            new("COFFEE-PODS", "coffee pods \"dark\" ☕", "box", 2, new Money(12.99m, "USD")),
            new("AA-BATT", "AA batteries", "pack", 1, new Money(0.10m, "GBP")),
        ];
        IReadOnlyList<OrderStatusChange> history =
        [
            new(OrderStatus.Placed, Instant.FromUnixTimeMilliseconds(1_764_000_000_123)),
            new(OrderStatus.Shipped, Instant.FromUnixTimeMilliseconds(1_764_100_000_000)),
        ];

        Assert.Equal(lines, StoredValues.Lines(StoredValues.Lines(lines)));
        Assert.Equal(history, StoredValues.History(StoredValues.History(history)));
    }

    [Fact]
    public void Property_order_case_escapes_and_unknown_properties_do_not_matter()
    {
        var json = """[{"extra":{"nested":[1,2]},"Currency":"USD","price":"4.29","quantity":3,"unit":"carton","NAME":"oat milk","\u0073ku":"OAT-MILK"}]""";

        var line = Assert.Single(StoredValues.Lines(json));

        Assert.Equal(new OrderLine("OAT-MILK", "oat milk", "carton", 3, new Money(4.29m, "USD")), line);
        Assert.Empty(StoredValues.Lines("[]"));
    }

    [Theory]
    [InlineData("""[{"sku":"A","name":"a","unit":"pack","quantity":1,"price":"1.00"}]""")]
    [InlineData("""[{"sku":"A","name":"a","unit":"pack","quantity":"1","price":"1.00","currency":"USD"}]""")]
    [InlineData("""{"sku":"A"}""")]
    [InlineData("""[{"sku":"A",""")]
    public void Damaged_lines_are_refused_rather_than_read_as_something_else(string json)
    {
        Assert.ThrowsAny<JsonException>(() => StoredValues.Lines(json));
    }

    [Fact]
    public void A_history_step_without_its_time_is_refused()
    {
        Assert.ThrowsAny<JsonException>(() => StoredValues.History("""[{"status":"Placed"}]"""));
    }
}
