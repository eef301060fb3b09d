using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VoiceShop.Commerce.Stores;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Alexa.Verification;
using VoiceShop.Tests.Support;

namespace VoiceShop.Functions.Tests.Production;

/// <summary>
/// The real host in the Production environment with the least a deployment has to configure (a SQLite file,
/// its Alexa skill id, Dialogflow's audience) and everything else as shipped in appsettings.json. Alexa
/// requests are signed by a test root that <c>Alexa:TrustedRootsPath</c> trusts, with S3 played by a handler,
/// so verification runs exactly as deployed; the system clock is the host's clock.
/// </summary>
public sealed class ProductionHost : WebApplicationFactory<Program>
{
    /// <summary>The skill id <see cref="AlexaConversation"/> sends.</summary>
    public const string SkillId = "amzn1.ask.skill.voiceshop-test";

    /// <summary>The Dialogflow webhook audience configured (its URL, as Google's ID tokens carry it).</summary>
    public const string DialogflowAudience = "https://shop.example.com/api/dialogflow";

    private readonly string _directory = Directory.CreateTempSubdirectory("voiceshop-production-").FullName;
    private readonly CertificateChainHandler _s3 = new();

    /// <param name="settings">Added to or replacing the minimal settings; a null value removes the setting.</param>
    public ProductionHost(IDictionary<string, string?>? settings = null)
    {
        Signer = new TestAlexaSigner(DateTimeOffset.UtcNow);
        _s3.Serve(TestAlexaSigner.ChainUrl, Signer.ChainPem());
        Settings = new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={DatabasePath}",
            ["Alexa:SkillIds:0"] = SkillId,
            ["Alexa:TrustedRootsPath"] = Signer.WriteRootPem(_directory),
            ["Dialogflow:Auth:Audience"] = DialogflowAudience,
            ["Dialogflow:Auth:AllowedEmails:0"] = "service-1@gcp-sa-dialogflow.iam.gserviceaccount.com",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                Settings.Remove(key);
            }
            else
            {
                Settings[key] = value;
            }
        }
    }

    public Dictionary<string, string?> Settings { get; }

    public string DatabasePath => Path.Combine(_directory, "voiceshop.db");

    public TestAlexaSigner Signer { get; }

    /// <summary>Warnings and errors the host logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Fires the verification reminder's timer on demand.</summary>
    public ManualTimeProvider Time { get; } = new(VerificationOffReminder.Interval);

    public ICommerceStore Store => Services.GetRequiredService<ICommerceStore>();

    /// <summary>A client that signs each request as Alexa does; creating it starts the host.</summary>
    public HttpClient CreateSigningClient() => CreateDefaultClient(new AlexaSigningHandler(Signer));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(AlexaSigningCertificates.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _s3);
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Signer.Dispose();
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
