using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;

namespace VoiceShop.Cli.Commands;

/// <summary>Reads catalog files for the commands, turning a missing or bad file into a plain message.</summary>
public static class CatalogFiles
{
    public static async Task<string> ReadAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new CommandFailedException($"{file}: no such file.");
        }

        return await File.ReadAllTextAsync(file, cancellationToken);
    }

    /// <summary>The products of <paramref name="file"/>, or the embedded demo catalog when no file is given.</summary>
    public static async Task<IReadOnlyList<Product>> LoadOrDemoAsync(string? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return DemoData.Catalog();
        }

        var parsed = CatalogFile.Parse(await ReadAsync(file, cancellationToken));
        return parsed.Succeeded
            ? parsed.Products
            : throw new CommandFailedException($"{file}: {string.Join("; ", parsed.Errors)}");
    }
}
