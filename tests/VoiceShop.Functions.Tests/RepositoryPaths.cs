namespace VoiceShop.Functions.Tests;

/// <summary>Finds files relative to the repository root, wherever the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds VoiceShop.sln.</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VoiceShop.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("VoiceShop.sln not found above the test folder.");
        }
    }
}
