using System.Buffers;
using System.Text;
using System.Text.Json;
using VoiceShop.Commerce.Orders;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Reads the order columns that hold JSON (lines and history) straight into domain values. Every order-status
/// and reorder turn reads each of the shopper's orders, and through the serializer (intermediate records, a
/// parameterized-constructor converter, LINQ copies) these two columns were half the cost of reading an order.
/// The format is the one <see cref="StoredJsonContext"/> writes; property names match case-insensitively and
/// unknown properties are skipped, as the serializer would.
/// </summary>
internal static class StoredJsonReader
{
    public static IReadOnlyList<OrderLine> Lines(string json) => Read(json, ReadLines);

    public static IReadOnlyList<OrderStatusChange> History(string json) => Read(json, ReadHistory);

    private delegate T Reader<out T>(ref Utf8JsonReader reader);

    private static T Read<T>(string json, Reader<T> read)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            var reader = new Utf8JsonReader(rented.AsSpan(0, length));
            return read(ref reader);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static List<OrderLine> ReadLines(ref Utf8JsonReader reader)
    {
        var lines = new List<OrderLine>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartObject)
        {
            string? sku = null, name = null, unit = null, price = null, currency = null;
            var quantity = 0;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (Is(ref reader, "sku"u8))
                {
                    sku = NextString(ref reader);
                }
                else if (Is(ref reader, "name"u8))
                {
                    name = NextString(ref reader);
                }
                else if (Is(ref reader, "unit"u8))
                {
                    unit = NextString(ref reader);
                }
                else if (Is(ref reader, "quantity"u8))
                {
                    Expect(ref reader, JsonTokenType.Number);
                    quantity = reader.GetInt32();
                }
                else if (Is(ref reader, "price"u8))
                {
                    price = NextString(ref reader);
                }
                else if (Is(ref reader, "currency"u8))
                {
                    currency = NextString(ref reader);
                }
                else
                {
                    Skip(ref reader);
                }
            }

            lines.Add(new OrderLine(Required(sku), Required(name), Required(unit), quantity, new Money(StoredValues.Decimal(Required(price)), Required(currency))));
        }

        return lines;
    }

    private static List<OrderStatusChange> ReadHistory(ref Utf8JsonReader reader)
    {
        var history = new List<OrderStatusChange>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartObject)
        {
            string? status = null;
            long? at = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (Is(ref reader, "status"u8))
                {
                    status = NextString(ref reader);
                }
                else if (Is(ref reader, "at"u8))
                {
                    Expect(ref reader, JsonTokenType.Number);
                    at = reader.GetInt64();
                }
                else
                {
                    Skip(ref reader);
                }
            }

            history.Add(new OrderStatusChange(Enum.Parse<OrderStatus>(Required(status)), StoredValues.Instant(at ?? throw Malformed("at"))));
        }

        return history;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("Stored JSON ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"Stored JSON has {reader.TokenType} where {type} belongs.");
        }
    }

    private static string NextString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static void Skip(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }

    /// <summary>Whether the current property name is <paramref name="name"/> (ASCII, any case), as the serializer's web defaults match.</summary>
    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return string.Equals(reader.GetString(), Encoding.UTF8.GetString(name), StringComparison.OrdinalIgnoreCase);
        }

        return Ascii.EqualsIgnoreCase(reader.ValueSpan, name);
    }

    private static string Required(string? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string property = "") =>
        value ?? throw Malformed(property);

    private static JsonException Malformed(string property) => new($"Stored JSON lacks \"{property}\".");
}
