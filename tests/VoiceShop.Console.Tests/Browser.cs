using Microsoft.Playwright;

namespace VoiceShop.Console.Tests;

/// <summary>
/// Debian's chromium (the <c>chromium</c> package that ./test.sh installs), driven headless by Playwright.
/// Playwright never downloads a browser here: the installed binary is named explicitly.
/// </summary>
public static class Browser
{
    /// <summary>The chromium binary; CHROMIUM_PATH overrides the Debian default.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // The machine is shared with other builds, and each reply also runs text-to-speech: allow for a slow turn.
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }
}
