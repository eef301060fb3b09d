using Npgsql;
using VoiceShop.Commerce.Payments;
using static VoiceShop.Commerce.Stores.StoredRows;

namespace VoiceShop.Commerce.Stores.Postgres;

public sealed partial class PostgresCommerceStore
{
    public async Task<PaymentRecord?> FindPaymentByKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PaymentColumns} FROM payments WHERE idempotency_key = $1;").Text(idempotencyKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadPayment(reader) : null;
    }

    public async Task<PaymentRecord> InsertPaymentAsync(PaymentRecord record, CancellationToken cancellationToken)
    {
        // ON CONFLICT waits for a racing insert of the same key to commit; the read that follows is a new
        // statement with a new snapshot, so it sees whichever record won.
        await using (var command = Command($"""
            INSERT INTO payments ({PaymentColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (idempotency_key) DO NOTHING;
            """)
            .Text(record.Id)
            .Text(record.IdempotencyKey)
            .Text(record.PaymentToken)
            .Text(StoredValues.Decimal(record.Amount.Amount))
            .Text(record.Amount.Currency)
            .Text(record.Status.ToString())
            .NullableText(record.DeclineReason))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return await FindPaymentByKeyAsync(record.IdempotencyKey, cancellationToken)
            ?? throw new InvalidOperationException("A payment just written could not be read back.");
    }

    public async Task TransitionPaymentAsync(string paymentId, PaymentStatus from, PaymentStatus to, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE payments SET status = $3 WHERE id = $1 AND status = $2;")
            .Text(paymentId)
            .Text(from.ToString())
            .Text(to.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentRecord>> GetPaymentsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT {PaymentColumns} FROM payments ORDER BY seq;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var payments = new List<PaymentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            payments.Add(ReadPayment(reader));
        }

        return payments;
    }
}
