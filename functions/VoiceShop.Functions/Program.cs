using VoiceShop.Commerce;
using VoiceShop.Functions.DevConsole;
using VoiceShop.Functions.Functions;
using VoiceShop.Functions.Hosting;
using VoiceShop.Skills.Alexa;
using VoiceShop.Skills.Dialogflow;
using VoiceShop.Skills.Text;
using VoiceShop.Skills.Voice;
using VoiceShop.Speech;

var builder = WebApplication.CreateSlimBuilder(HostStartup.Options(args));
builder.AddVoiceShopHosting();
builder.Services.AddCommerce(builder.Configuration, builder.Environment.ContentRootPath);
builder.AddVoiceShop();
builder.Services.AddAlexaSkill(builder.Configuration, acceptAnySkillWhenEmpty: builder.Environment.IsDevelopment());
builder.Services.AddDialogflowSkill();
builder.Services.AddTextChannel();
builder.Services.AddVoiceShopSpeech(builder.Configuration);
builder.Services.AddVoiceChannel();
builder.AddVoiceShopTelemetry();
builder.AddVoiceShopConsole();

var app = builder.Build();
app.UseClientAddresses();
app.UseVoiceShopErrors();
var api = app.MapGroup("/api");
api.MapHealthFunction();
api.MapAlexaFunction();
api.MapDialogflowFunction();
api.MapTextFunction();
api.MapVoiceFunction();
api.MapSynthesizeFunction();
api.MapCustomerOrdersFunction();
api.MapCustomerNotificationsFunction();
app.MapConsoleFunction();
app.Run();

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
