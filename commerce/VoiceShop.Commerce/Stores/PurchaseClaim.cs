namespace VoiceShop.Commerce.Stores;

/// <summary>How claiming a pending purchase within the shopper's daily limit ended.</summary>
public enum PurchaseClaim
{
    /// <summary>This caller holds the purchase (now Placing) and may charge and commit it.</summary>
    Claimed,

    /// <summary>Someone else holds it, it is already placed or abandoned, or it does not exist; nothing changed.</summary>
    NotClaimable,

    /// <summary>With it, the shopper's day would pass the daily limit; it was abandoned in the same transaction.</summary>
    OverDailyLimit,
}
