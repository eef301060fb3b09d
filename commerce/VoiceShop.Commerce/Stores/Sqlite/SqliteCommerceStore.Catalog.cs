using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Catalog;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Sqlite;

public sealed partial class SqliteCommerceStore
{
    public async Task<IReadOnlyList<Product>> GetProductsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {ProductColumns} FROM products ORDER BY sku;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var products = new List<Product>();
        while (await reader.ReadAsync(cancellationToken))
        {
            products.Add(ReadProduct(reader));
        }

        return products;
    }

    public async Task<Product?> GetProductAsync(string sku, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {ProductColumns} FROM products WHERE sku = $sku;");
        command.Parameters.AddWithValue("$sku", sku);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadProduct(reader) : null;
    }

    public Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            // All or nothing: a failure part-way rolls back this write's savepoint.
            using var command = write.Command($"""
                INSERT INTO products ({ProductColumns})
                VALUES ($sku, $name, $synonyms, $price, $currency, $category, $attributes, $stock, $unit, $days)
                ON CONFLICT (sku) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, price = excluded.price,
                    currency = excluded.currency, category = excluded.category, attributes = excluded.attributes,
                    stock = excluded.stock, unit = excluded.unit, delivery_days = excluded.delivery_days;
                """);
            foreach (var product in products)
            {
                command.Parameters.Clear();
                command.Parameters.AddWithValue("$sku", product.Sku);
                command.Parameters.AddWithValue("$name", product.Name);
                command.Parameters.AddWithValue("$synonyms", StoredValues.Strings(product.Synonyms));
                command.Parameters.AddWithValue("$price", StoredValues.Decimal(product.Price.Amount));
                command.Parameters.AddWithValue("$currency", product.Price.Currency);
                command.Parameters.AddWithValue("$category", product.Category);
                command.Parameters.AddWithValue("$attributes", StoredValues.Attributes(product.Attributes));
                command.Parameters.AddWithValue("$stock", product.Stock);
                command.Parameters.AddWithValue("$unit", product.Unit);
                command.Parameters.AddWithValue("$days", product.DeliveryDays);
                command.ExecuteNonQuery();
            }

            return products.Count;
        }, cancellationToken);
}
