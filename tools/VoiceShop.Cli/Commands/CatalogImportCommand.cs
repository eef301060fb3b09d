using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Stores.Sqlite;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop catalog import FILE.json</c>: checks every entry first and writes all products in one
/// transaction, so a bad file changes nothing and its problems are listed by entry index in one pass.
/// </summary>
public static class CatalogImportCommand
{
    public static async Task<int> RunAsync(string file, string? connectionString, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = CatalogFile.Parse(await CatalogFiles.ReadAsync(file, cancellationToken));
        if (!parsed.Succeeded)
        {
            await error.WriteLineAsync($"{file}: {parsed.Errors.Count} problem(s); nothing was imported.");
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 1;
        }

        var store = new SqliteCommerceStore(connectionString ?? SqliteCommerceStore.DefaultConnectionString);
        await store.InitializeAsync(cancellationToken);
        await store.UpsertProductsAsync(parsed.Products, cancellationToken);
        await output.WriteLineAsync($"Imported {parsed.Products.Count} product(s) from {file}.");
        return 0;
    }
}
