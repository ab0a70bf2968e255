using Npgsql;

namespace PeopleImport.Benchmarks;

/// <summary>The customer's invitation mails as notifications recorded them (table <c>mails</c>).</summary>
public sealed record MailCounts(
    long Recorded, long Sent, long DistinctRecipients, long WithDeliveryError,
    DateTimeOffset? FirstCreatedAt, DateTimeOffset? LastCreatedAt, DateTimeOffset? FirstSentAt, DateTimeOffset? LastSentAt);

/// <summary>Identity's outbox: events not yet published, and the invitation events it ever held.</summary>
public sealed record OutboxCounts(long Unpublished, long InvitationEvents);

/// <summary>Reads the services' databases directly, as an operator with psql would; cheap counts, polled.</summary>
public sealed class Counters(string identityConnection, string notificationsConnection) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _identity = NpgsqlDataSource.Create(identityConnection);
    private readonly NpgsqlDataSource _notifications = NpgsqlDataSource.Create(notificationsConnection);

    public async Task<MailCounts> InvitationMailsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var command = _notifications.CreateCommand(
            """
            SELECT count(*), count(*) FILTER (WHERE status = 'Sent'), count(DISTINCT lower(recipient)),
                   count(*) FILTER (WHERE last_error IS NOT NULL), min(created_at), max(created_at), min(sent_at), max(sent_at)
            FROM mails WHERE organization_id = $1 AND kind = 'invitation'
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = customerId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new MailCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
            Time(reader, 4), Time(reader, 5), Time(reader, 6), Time(reader, 7));
    }

    /// <summary>Whether notifications knows the customer (from tenants' event).</summary>
    public async Task<bool> NotificationsKnowsCustomerAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var command = _notifications.CreateCommand("SELECT count(*) FROM customers WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = customerId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    public async Task<OutboxCounts> IdentityOutboxAsync(CancellationToken cancellationToken)
    {
        await using var command = _identity.CreateCommand(
            """
            SELECT count(*) FILTER (WHERE sent_at IS NULL),
                   count(*) FILTER (WHERE message_type = 'Portal.Contracts.Identity.InvitationCreated')
            FROM outbox_messages
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The events identity's outbox received since <paramref name="since"/>, by type (short name), most first.</summary>
    public async Task<IReadOnlyList<(string Type, long Count)>> OutboxByTypeAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = _identity.CreateCommand(
            "SELECT message_type, count(*) FROM outbox_messages WHERE occurred_at >= $1 GROUP BY message_type ORDER BY 2 DESC, 1");
        command.Parameters.Add(new NpgsqlParameter { Value = since.UtcDateTime });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var types = new List<(string, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            types.Add((reader.GetString(0).Split('.')[^1], reader.GetInt64(1)));
        }

        return types;
    }

    /// <summary>The customer's invitations (purpose Invitation) in identity.</summary>
    public async Task<long> InvitationsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var command = _identity.CreateCommand("SELECT count(*) FROM invitations WHERE organization_id = $1 AND purpose = 'Invitation'");
        command.Parameters.Add(new NpgsqlParameter { Value = customerId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The customer's people in identity.</summary>
    public async Task<long> UsersAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var command = _identity.CreateCommand("SELECT count(*) FROM users WHERE organization_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = customerId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _identity.DisposeAsync();
        await _notifications.DisposeAsync();
    }

    private static DateTimeOffset? Time(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);
}
