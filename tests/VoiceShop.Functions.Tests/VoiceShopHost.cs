using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using VoiceShop.Commerce.Payments;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The real host on the real HTTP pipeline, with its own SQLite file in a temp folder and a fake clock
/// (so "tomorrow" is stable). Each instance is a fresh store seeded with the demo data.
/// </summary>
public sealed class VoiceShopHost : WebApplicationFactory<Program>
{
    /// <summary>Tuesday 24 November 2026, 18:00 UTC: 10:00 in Los Angeles.</summary>
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 11, 24, 18, 0);

    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-test-").FullName;
    private readonly Action<IServiceCollection>? _services;

    public VoiceShopHost(Instant? now = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Clock = new FakeClock(now ?? DefaultNow);
        Settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Alexa:VerifyRequests"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public FakeClock Clock { get; }

    public Dictionary<string, string?> Settings { get; }

    public string DatabasePath => Path.Combine(_directory, "voiceshop.db");

    /// <summary>This host's own temp folder, for files a test needs beside the database.</summary>
    public string TempDirectory => _directory;

    public ICommerceStore Store => Services.GetRequiredService<ICommerceStore>();

    /// <summary>
    /// A host with the per-shopper and per-address confirmation limits lifted, so that only identity, dialog
    /// state and the exactly-once placement stand between a repeated or forged yes and a second order.
    /// </summary>
    public static VoiceShopHost WithoutRateLimits() => new(settings: new Dictionary<string, string?>
    {
        ["Purchasing:PlacementsPerMinute"] = "1000000",
        ["Purchasing:PlacementsPerMinutePerAddress"] = "1000000",
    });

    /// <summary>The demo shopper's order ids, in ordinal order.</summary>
    public async Task<List<string>> DemoOrderIdsAsync() =>
        (await Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Select(o => o.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>How many orders the demo shopper has.</summary>
    public async Task<int> DemoOrderCountAsync() => (await Store.GetOrdersAsync(DemoData.DemoCustomerId, default)).Count;

    /// <summary>Payments that hold or took money (authorized or captured).</summary>
    public async Task<int> ChargeCountAsync() =>
        (await Store.GetPaymentsAsync(default)).Count(p => p.Status is PaymentStatus.Authorized or PaymentStatus.Captured);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}
