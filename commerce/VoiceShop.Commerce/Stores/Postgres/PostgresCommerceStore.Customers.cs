using VoiceShop.Commerce.Customers;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Postgres;

public sealed partial class PostgresCommerceStore
{
    public async Task<bool> HasCustomersAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM customers);");
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    public async Task<Customer?> GetCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {CustomerColumns} FROM customers c WHERE c.id = $1;").Text(customerId);
        return await ReadCustomerAsync(command, cancellationToken);
    }

    public async Task<Customer?> FindCustomerByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            SELECT {CustomerColumns} FROM customers c JOIN identities i ON i.customer_id = c.id
            WHERE i.provider = $1 AND i.subject_hash = $2;
            """)
            .Text(identity.Provider)
            .Text(IdentityHash.Of(identity.Subject));
        return await ReadCustomerAsync(command, cancellationToken);
    }

    public async Task<CustomerWithOrders?> FindCustomerWithOrdersByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = Command(CustomerWithOrdersByIdentity)
            .Text(identity.Provider)
            .Text(IdentityHash.Of(identity.Subject));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadCustomerWithOrdersAsync(reader, cancellationToken);
    }

    public async Task SaveCustomerAsync(Customer customer, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO customers (id, name, time_zone, address_line1, city, region, postal_code, country, payment_token, spending_limit, currency)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
                address_line1 = excluded.address_line1, city = excluded.city, region = excluded.region,
                postal_code = excluded.postal_code, country = excluded.country, payment_token = excluded.payment_token,
                spending_limit = excluded.spending_limit, currency = excluded.currency;
            """)
            .Text(customer.Id)
            .Text(customer.Name)
            .Text(customer.TimeZoneId)
            .Text(customer.ShippingAddress.Line1)
            .Text(customer.ShippingAddress.City)
            .Text(customer.ShippingAddress.Region)
            .Text(customer.ShippingAddress.PostalCode)
            .Text(customer.ShippingAddress.Country)
            .Text(customer.PaymentToken)
            .Text(StoredValues.Decimal(customer.SpendingLimit.Amount))
            .Text(customer.SpendingLimit.Currency);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task LinkIdentityAsync(string customerId, PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO identities (provider, subject_hash, customer_id) VALUES ($1, $2, $3)
            ON CONFLICT (provider, subject_hash) DO UPDATE SET customer_id = excluded.customer_id;
            """)
            .Text(identity.Provider)
            .Text(IdentityHash.Of(identity.Subject))
            .Text(customerId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Customer?> ReadCustomerAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadCustomer(reader);
    }
}
