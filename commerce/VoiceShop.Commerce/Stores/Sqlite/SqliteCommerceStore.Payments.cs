using Microsoft.Data.Sqlite;
using VoiceShop.Commerce.Payments;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Sqlite;

public sealed partial class SqliteCommerceStore
{
    private const string PaymentByKeySql = $"SELECT {PaymentColumns} FROM payments WHERE idempotency_key = $key;";

    public async Task<PaymentRecord?> FindPaymentByKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return ReadPaymentByKey(Command(connection, PaymentByKeySql), idempotencyKey);
    }

    public Task<PaymentRecord> InsertPaymentAsync(PaymentRecord record, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using (var command = write.Command($"""
                INSERT INTO payments ({PaymentColumns}) VALUES ($id, $key, $token, $amount, $currency, $status, $reason)
                ON CONFLICT (idempotency_key) DO NOTHING;
                """))
            {
                command.Parameters.AddWithValue("$id", record.Id);
                command.Parameters.AddWithValue("$key", record.IdempotencyKey);
                command.Parameters.AddWithValue("$token", record.PaymentToken);
                command.Parameters.AddWithValue("$amount", StoredValues.Decimal(record.Amount.Amount));
                command.Parameters.AddWithValue("$currency", record.Amount.Currency);
                command.Parameters.AddWithValue("$status", record.Status.ToString());
                command.Parameters.AddWithValue("$reason", (object?)record.DeclineReason ?? DBNull.Value);
                command.ExecuteNonQuery();
            }

            // This one or the one already kept under the key.
            return ReadPaymentByKey(write.Command(PaymentByKeySql), record.IdempotencyKey)
                ?? throw new InvalidOperationException("A payment just written could not be read back.");
        }, cancellationToken);

    /// <summary>Runs <paramref name="command"/>, the prepared <see cref="PaymentByKeySql"/>, for <paramref name="idempotencyKey"/>.</summary>
    private static PaymentRecord? ReadPaymentByKey(SqliteCommand command, string idempotencyKey)
    {
        using (command)
        {
            command.Parameters.AddWithValue("$key", idempotencyKey);
            using var reader = command.ExecuteReader();
            return reader.Read() ? ReadPayment(reader) : null;
        }
    }

    public Task TransitionPaymentAsync(string paymentId, PaymentStatus from, PaymentStatus to, CancellationToken cancellationToken) =>
        WriteAsync(write =>
        {
            using var command = write.Command("UPDATE payments SET status = $to WHERE id = $id AND status = $from;");
            command.Parameters.AddWithValue("$id", paymentId);
            command.Parameters.AddWithValue("$from", from.ToString());
            command.Parameters.AddWithValue("$to", to.ToString());
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public async Task<IReadOnlyList<PaymentRecord>> GetPaymentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {PaymentColumns} FROM payments ORDER BY rowid;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var payments = new List<PaymentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            payments.Add(ReadPayment(reader));
        }

        return payments;
    }
}
