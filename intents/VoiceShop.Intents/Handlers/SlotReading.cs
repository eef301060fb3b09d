using System.Globalization;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Handlers;

/// <summary>Reads the shared slots off a turn.</summary>
internal static class SlotReading
{
    /// <summary>The product the shopper named, or null when they named none.</summary>
    public static ProductRequest? Product(Turn turn) =>
        turn.Slot(SlotNames.Product) is { } slot ? new ProductRequest(slot.ResolvedId, slot.Spoken ?? slot.ResolvedName) : null;

    /// <summary>
    /// The quantity: 1 when none was said, null when something was said that is not a whole number
    /// (Alexa sends "?" for a number it could not hear).
    /// </summary>
    public static int? Quantity(Turn turn)
    {
        if (turn.Slot(SlotNames.Quantity) is not { Spoken: { } spoken })
        {
            return 1;
        }

        return int.TryParse(spoken.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity) ? quantity : null;
    }
}
