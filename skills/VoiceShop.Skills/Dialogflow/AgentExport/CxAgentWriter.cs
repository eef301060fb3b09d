namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Writes a package into a folder. A folder that already holds an export (it has agent.json) has its agent
/// folders replaced, so an intent dropped from the model does not linger in the next restore; any other
/// non-empty folder is refused rather than mixed into, since a restore would take everything in it.
/// </summary>
public static class CxAgentWriter
{
    private static readonly string[] AgentFolders = ["intents", "entityTypes", "flows", "webhooks"];

    /// <summary>Writes <paramref name="files"/> under <paramref name="directory"/>, creating it if needed.</summary>
    /// <exception cref="IOException">The folder holds other things than an earlier export.</exception>
    public static async Task WriteAsync(IEnumerable<CxPackageFile> files, string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, "agent.json")))
            {
                throw new IOException($"{directory} is not empty and holds no earlier agent export (agent.json); choose an empty or new folder.");
            }

            foreach (var folder in AgentFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var file in files)
        {
            var path = Path.Combine([root, .. file.Path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        }
    }
}
