using Npgsql;
using VoiceShop.Commerce.Catalog;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Postgres;

public sealed partial class PostgresCommerceStore
{
    public async Task<IReadOnlyList<Product>> GetProductsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {ProductColumns} FROM products ORDER BY sku;");
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
        await using var command = Command($"SELECT {ProductColumns} FROM products WHERE sku = $1;").Text(sku);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadProduct(reader) : null;
    }

    public async Task UpsertProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var product in products)
        {
            await using var command = Command(connection, $"""
                INSERT INTO products ({ProductColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (sku) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, price = excluded.price,
                    currency = excluded.currency, category = excluded.category, attributes = excluded.attributes,
                    stock = excluded.stock, unit = excluded.unit, delivery_days = excluded.delivery_days;
                """, transaction)
                .Text(product.Sku)
                .Text(product.Name)
                .Text(StoredValues.Strings(product.Synonyms))
                .Text(StoredValues.Decimal(product.Price.Amount))
                .Text(product.Price.Currency)
                .Text(product.Category)
                .Text(StoredValues.Attributes(product.Attributes))
                .Integer(product.Stock)
                .Text(product.Unit)
                .Integer(product.DeliveryDays);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
