using NodaTime;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Purchasing;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores.Sqlite;

// Places orders for the demo shopper in a loop against the SQLite file named by the first argument, the
// way a function instance would, announcing each step on stdout, until the crash test kills it.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: VoiceShop.Commerce.CrashWorker <sqlite file>");
    return 2;
}

var store = new SqliteCommerceStore($"Data Source={args[0]}");
// Hundreds of orders a minute: the daily spending limit is not what the crash test is about.
var purchases = new PurchaseService(store, new LocalPaymentGateway(store, SystemClock.Instance), SystemClock.Instance, new PurchaseOptions { DailySpendingLimit = 1_000_000m });
string[] products = ["paper towels", "coffee pods", "AA batteries", "dish soap"];
for (var round = 0; ; round++)
{
    var quote = await purchases.QuoteBuyAsync(DemoData.Alex, new ProductRequest(null, products[round % products.Length]), 1, CancellationToken.None);
    if (quote is not PurchaseQuote.Ready { Purchase: var purchase })
    {
        Console.WriteLine($"stopped {quote.GetType().Name}");
        return 1;
    }

    Console.WriteLine($"placing {purchase.Id}");
    var result = await purchases.PlaceAsync(DemoData.Alex, purchase.Id, CancellationToken.None);
    Console.WriteLine($"{(result is PlacementResult.Placed ? "placed" : "failed")} {purchase.Id}");
}
