using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Customers;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Sqlite;

public sealed partial class SqliteCommerceStore
{
    public async Task<bool> HasCustomersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT EXISTS (SELECT 1 FROM customers);");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public async Task<Customer?> GetCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {CustomerColumns} FROM customers c WHERE c.id = $id;");
        command.Parameters.AddWithValue("$id", customerId);
        return await ReadCustomerAsync(command, cancellationToken);
    }

    public async Task<Customer?> FindCustomerByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"""
            SELECT {CustomerColumns} FROM customers c JOIN identities i ON i.customer_id = c.id
            WHERE i.provider = $provider AND i.subject_hash = $subject;
            """);
        command.Parameters.AddWithValue("$provider", identity.Provider);
        command.Parameters.AddWithValue("$subject", IdentityHash.Of(identity.Subject));
        return await ReadCustomerAsync(command, cancellationToken);
    }

    public async Task<CustomerWithOrders?> FindCustomerWithOrdersByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, CustomerWithOrdersByIdentity);
        command.Parameters.AddWithValue("$1", identity.Provider);
        command.Parameters.AddWithValue("$2", IdentityHash.Of(identity.Subject));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadCustomerWithOrdersAsync(reader, cancellationToken);
    }

    public Task SaveCustomerAsync(Customer customer, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                INSERT INTO customers (id, name, time_zone, address_line1, city, region, postal_code, country, payment_token, spending_limit, currency)
                VALUES ($id, $name, $zone, $line1, $city, $region, $postal, $country, $token, $limit, $currency)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
                    address_line1 = excluded.address_line1, city = excluded.city, region = excluded.region,
                    postal_code = excluded.postal_code, country = excluded.country, payment_token = excluded.payment_token,
                    spending_limit = excluded.spending_limit, currency = excluded.currency;
                """);
            command.Parameters.AddWithValue("$id", customer.Id);
            command.Parameters.AddWithValue("$name", customer.Name);
            command.Parameters.AddWithValue("$zone", customer.TimeZoneId);
            command.Parameters.AddWithValue("$line1", customer.ShippingAddress.Line1);
            command.Parameters.AddWithValue("$city", customer.ShippingAddress.City);
            command.Parameters.AddWithValue("$region", customer.ShippingAddress.Region);
            command.Parameters.AddWithValue("$postal", customer.ShippingAddress.PostalCode);
            command.Parameters.AddWithValue("$country", customer.ShippingAddress.Country);
            command.Parameters.AddWithValue("$token", customer.PaymentToken);
            command.Parameters.AddWithValue("$limit", StoredValues.Decimal(customer.SpendingLimit.Amount));
            command.Parameters.AddWithValue("$currency", customer.SpendingLimit.Currency);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task LinkIdentityAsync(string customerId, PlatformIdentity identity, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("""
                INSERT INTO identities (provider, subject_hash, customer_id) VALUES ($provider, $subject, $customer)
                ON CONFLICT (provider, subject_hash) DO UPDATE SET customer_id = excluded.customer_id;
                """);
            command.Parameters.AddWithValue("$provider", identity.Provider);
            command.Parameters.AddWithValue("$subject", IdentityHash.Of(identity.Subject));
            command.Parameters.AddWithValue("$customer", customerId);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    private static async Task<Customer?> ReadCustomerAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return ReadCustomer(reader);
    }
}
