namespace VoiceShop.Commerce.Stores;

/// <summary>How committing an order ended. Anything but <see cref="Committed"/> changed nothing.</summary>
public enum OrderCommit
{
    /// <summary>The order is written, its stock taken and its purchase marked Placed.</summary>
    Committed,

    /// <summary>Stock was short, or the purchase is no longer being placed by this caller.</summary>
    NotPlaced,

    /// <summary>Another order already has this order number; draw a new one and commit again.</summary>
    NumberTaken,
}
