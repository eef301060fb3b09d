using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using VoiceShop.Commerce;
using VoiceShop.Commerce.Seed;
using VoiceShop.Commerce.Stores;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Text;
using VoiceShop.Skills.Voice;
using VoiceShop.Speech;

namespace VoiceShop.Benchmarks;

/// <summary>
/// The host's own composition root over a real SQLite file in a temp folder, migrated and seeded with the demo
/// data, without HTTP or logging: what the turn benchmarks run their requests through.
/// </summary>
internal sealed class SeededHost : IDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    /// <param name="configure">Adds what the benchmark needs beyond <see cref="VoiceShopServices.AddVoiceShop"/>.</param>
    public SeededHost(Action<WebApplicationBuilder>? configure = null)
    {
        _folder = Directory.CreateTempSubdirectory("voiceshop-bench-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}";
        builder.Configuration["Alexa:VerifyRequests"] = "false";
        builder.Configuration["Alexa:SkillIds:0"] = "amzn1.ask.skill.voiceshop-bench";
        builder.Configuration["Store:SeedDemoData"] = "true";
        builder.Logging.ClearProviders();
        builder.Services.AddCommerce(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddVoiceShop();
        builder.Services.AddAlexaSkill(builder.Configuration, acceptAnySkillWhenEmpty: false);
        builder.Services.AddTextChannel();
        builder.Services.AddVoiceShopSpeech(builder.Configuration);
        builder.Services.AddVoiceChannel();
        configure?.Invoke(builder);
        _app = builder.Build();
        Store = _app.Services.GetRequiredService<ICommerceStore>();
        Store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        DemoData.SeedIfEmptyAsync(Store, _app.Services.GetRequiredService<IClock>(), CancellationToken.None).GetAwaiter().GetResult();
    }

    public ICommerceStore Store { get; }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public void Dispose()
    {
        (_app as IDisposable)?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
