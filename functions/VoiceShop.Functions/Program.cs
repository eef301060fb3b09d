using VoiceShop.Functions.DevConsole;
using VoiceShop.Functions.Functions;
using VoiceShop.Functions.Hosting;

var builder = WebApplication.CreateSlimBuilder(HostStartup.Options(args));
builder.AddVoiceShopHosting();
builder.AddVoiceShop();
builder.AddDialogflow();
builder.AddVoiceShopTelemetry();
builder.AddVoiceShopConsole();

var app = builder.Build();
app.UseClientAddresses();
app.UseVoiceShopErrors();
app.MapHealthFunction();
app.MapAlexaFunction();
app.MapDialogflowFunction();
app.MapCustomerOrdersFunction();
app.MapCustomerNotificationsFunction();
app.MapTextFunction();
app.MapSynthesizeFunction();
app.MapConsoleFunction();
app.MapVoiceFunction();
app.Run();

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
