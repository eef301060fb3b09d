using Microsoft.Playwright;

namespace VoiceShop.Console.Tests;

/// <summary>
/// Debian's chromium (the <c>chromium</c> package that .ci/run installs), driven headless by Playwright.
/// Playwright never downloads a browser here: the installed binary is named explicitly.
/// </summary>
public static class Browser
{
    /// <summary>The chromium binary; CHROMIUM_PATH overrides the Debian default.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        Headless = true,
        ExecutablePath = ExecutablePath,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
}
