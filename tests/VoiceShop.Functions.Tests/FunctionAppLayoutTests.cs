using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// The Azure Functions custom-handler layout, checked structurally (Core Tools cannot run here): host.json
/// forwards to our executable, and every function.json routes to an endpoint the app really maps.
/// </summary>
public sealed class FunctionAppLayoutTests
{
    [Fact]
    public void Host_json_starts_our_executable_on_the_handler_port_and_keeps_our_paths()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")))!;

        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.Equal("VoiceShop.Functions", host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>());
        Assert.Contains("%FUNCTIONS_CUSTOMHANDLER_PORT%", host["customHandler"]!["description"]!["arguments"]!.ToJsonString());
        Assert.True(host["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
        Assert.Equal("", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
    }

    [Fact]
    public void Every_function_json_routes_to_a_mapped_endpoint_and_is_copied_beside_the_executable()
    {
        using var voiceShop = new VoiceShopHost();
        var routes = voiceShop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet();
        var functions = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "functions", "VoiceShop.Functions", "function-app"));

        Assert.NotEmpty(functions);
        foreach (var folder in functions)
        {
            var binding = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "function.json")))!["bindings"]![0]!;
            Assert.Equal("httpTrigger", binding["type"]!.GetValue<string>());
            Assert.Equal("anonymous", binding["authLevel"]!.GetValue<string>());
            Assert.Contains(binding["route"]!.GetValue<string>(), routes);
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(folder), "function.json")), $"{Path.GetFileName(folder)}/function.json is not in the build output");
        }
    }
}
