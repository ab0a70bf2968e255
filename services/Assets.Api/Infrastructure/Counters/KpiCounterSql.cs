namespace Assets.Api.Infrastructure.Counters;

/// <summary>
/// The SQL that keeps the KPI counters (Model/Counters) in step with tickets and devices. Triggers, so
/// that every writer counts in the same transaction as its change: the API, a bulk COPY, a fix by hand.
/// Each trigger takes the row's old contribution away and adds its new one, netted per counter key and
/// applied in key order, so that two transactions moving tickets in opposite directions never wait for
/// each other in a circle. <c>rebuild_kpi_counters()</c> recounts everything from the rows.
/// The migration KpiCountersAndSortIndexes runs <see cref="Create"/> (the per-customer counters), ProviderCounters
/// <see cref="CreateProviderCounters"/>: a change here needs a migration of its own.
/// </summary>
public static class KpiCounterSql
{
    public const string RebuildFunction = "rebuild_kpi_counters";

    public static readonly string Create = $"""
        {CountTicketChange("count_ticket_change", "customer_id", "")}

        -- Only when a counted column is written: editing a title or commenting costs nothing here.
        CREATE TRIGGER count_tickets AFTER INSERT OR DELETE OR UPDATE OF customer_id, status, priority, created_at, resolved_at, archived_at
            ON tickets FOR EACH ROW EXECUTE FUNCTION count_ticket_change();

        CREATE FUNCTION count_device_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was_live boolean := CASE WHEN TG_OP = 'INSERT' THEN false ELSE OLD.archived_at IS NULL END;
            is_live boolean := CASE WHEN TG_OP = 'DELETE' THEN false ELSE NEW.archived_at IS NULL END;
        BEGIN
            INSERT INTO device_counts AS c (customer_id, status, count)
            SELECT customer_id, status, sum(delta) FROM (
                SELECT OLD.customer_id, OLD.status, -1 WHERE was_live
                UNION ALL
                SELECT NEW.customer_id, NEW.status, 1 WHERE is_live
            ) AS change (customer_id, status, delta)
            GROUP BY customer_id, status HAVING sum(delta) <> 0
            ORDER BY customer_id, status
            ON CONFLICT (customer_id, status) DO UPDATE SET count = c.count + excluded.count;
            RETURN NULL;
        END $$;

        CREATE TRIGGER count_devices AFTER INSERT OR DELETE OR UPDATE OF customer_id, status, archived_at
            ON devices FOR EACH ROW EXECUTE FUNCTION count_device_change();

        -- Recounts every counter from the rows; tickets and devices cannot change meanwhile (reads go on).
        CREATE FUNCTION rebuild_kpi_counters() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            LOCK TABLE tickets, devices IN SHARE MODE;
            {RecountTickets("customer_id", "")}

            DELETE FROM device_counts;
            INSERT INTO device_counts (customer_id, status, count)
            SELECT customer_id, status, count(*) FROM devices WHERE archived_at IS NULL
            GROUP BY customer_id, status;
        END $$;

        SELECT rebuild_kpi_counters();
        """;

    public const string Drop = """
        DROP TRIGGER count_tickets ON tickets;
        DROP TRIGGER count_devices ON devices;
        DROP FUNCTION count_ticket_change();
        DROP FUNCTION count_device_change();
        DROP FUNCTION rebuild_kpi_counters();
        """;

    /// <summary>
    /// The provider's ticket counters: a trigger of their own beside the customers' (it fires after it: triggers run in
    /// name order, so every writer takes customer rows before provider rows), and a rebuild that recounts both.
    /// A provider's row is written by every ticket change of any of its customers; the write is one small upsert
    /// held until commit, which a provider's rate of ticket changes (a few a second) does not queue on.
    /// </summary>
    public static readonly string CreateProviderCounters = $"""
        {CountTicketChange("count_ticket_change_per_provider", "provider_id", "provider_")}

        CREATE TRIGGER count_tickets_per_provider AFTER INSERT OR DELETE OR UPDATE OF provider_id, status, priority, created_at, resolved_at, archived_at
            ON tickets FOR EACH ROW EXECUTE FUNCTION count_ticket_change_per_provider();

        ALTER FUNCTION rebuild_kpi_counters() RENAME TO rebuild_customer_kpi_counters;

        CREATE FUNCTION rebuild_provider_kpi_counters() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            LOCK TABLE tickets IN SHARE MODE;
            {RecountTickets("provider_id", "provider_")}
        END $$;

        CREATE FUNCTION rebuild_kpi_counters() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM rebuild_customer_kpi_counters();
            PERFORM rebuild_provider_kpi_counters();
        END $$;

        SELECT rebuild_provider_kpi_counters();
        """;

    public const string DropProviderCounters = """
        DROP TRIGGER count_tickets_per_provider ON tickets;
        DROP FUNCTION count_ticket_change_per_provider();
        DROP FUNCTION rebuild_kpi_counters();
        DROP FUNCTION rebuild_provider_kpi_counters();
        ALTER FUNCTION rebuild_customer_kpi_counters() RENAME TO rebuild_kpi_counters;
        """;

    // The ticket counters of one owner (customer_id or provider_id): tickets by status and priority, opened per month,
    // resolved per day with their times to resolve.
    private static string CountTicketChange(string function, string owner, string tablePrefix) => $$"""
        CREATE FUNCTION {{function}}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was_live boolean := CASE WHEN TG_OP = 'INSERT' THEN false ELSE OLD.archived_at IS NULL END;
            is_live boolean := CASE WHEN TG_OP = 'DELETE' THEN false ELSE NEW.archived_at IS NULL END;
        BEGIN
            INSERT INTO {{tablePrefix}}ticket_counts AS c ({{owner}}, status, priority, count)
            SELECT {{owner}}, status, priority, sum(delta) FROM (
                SELECT OLD.{{owner}}, OLD.status, OLD.priority, -1 WHERE was_live
                UNION ALL
                SELECT NEW.{{owner}}, NEW.status, NEW.priority, 1 WHERE is_live
            ) AS change ({{owner}}, status, priority, delta)
            GROUP BY {{owner}}, status, priority HAVING sum(delta) <> 0
            ORDER BY {{owner}}, status, priority
            ON CONFLICT ({{owner}}, status, priority) DO UPDATE SET count = c.count + excluded.count;

            INSERT INTO {{tablePrefix}}tickets_opened_per_month AS m ({{owner}}, month, count)
            SELECT {{owner}}, month, sum(delta) FROM (
                SELECT OLD.{{owner}}, date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, -1 WHERE was_live
                UNION ALL
                SELECT NEW.{{owner}}, date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, 1 WHERE is_live
            ) AS change ({{owner}}, month, delta)
            GROUP BY {{owner}}, month HAVING sum(delta) <> 0
            ORDER BY {{owner}}, month
            ON CONFLICT ({{owner}}, month) DO UPDATE SET count = m.count + excluded.count;

            INSERT INTO {{tablePrefix}}tickets_resolved_per_day AS d ({{owner}}, day, count, seconds_to_resolve)
            SELECT {{owner}}, day, sum(delta), sum(delta * seconds) FROM (
                SELECT OLD.{{owner}}, (OLD.resolved_at AT TIME ZONE 'UTC')::date, -1, extract(epoch FROM OLD.resolved_at - OLD.created_at)
                WHERE was_live AND OLD.resolved_at IS NOT NULL
                UNION ALL
                SELECT NEW.{{owner}}, (NEW.resolved_at AT TIME ZONE 'UTC')::date, 1, extract(epoch FROM NEW.resolved_at - NEW.created_at)
                WHERE is_live AND NEW.resolved_at IS NOT NULL
            ) AS change ({{owner}}, day, delta, seconds)
            GROUP BY {{owner}}, day HAVING sum(delta) <> 0 OR sum(delta * seconds) <> 0
            ORDER BY {{owner}}, day
            ON CONFLICT ({{owner}}, day) DO UPDATE
                SET count = d.count + excluded.count, seconds_to_resolve = d.seconds_to_resolve + excluded.seconds_to_resolve;
            RETURN NULL;
        END $$;
        """;

    private static string RecountTickets(string owner, string tablePrefix) => $"""
        DELETE FROM {tablePrefix}ticket_counts;
            INSERT INTO {tablePrefix}ticket_counts ({owner}, status, priority, count)
            SELECT {owner}, status, priority, count(*) FROM tickets WHERE archived_at IS NULL
            GROUP BY {owner}, status, priority;

            DELETE FROM {tablePrefix}tickets_opened_per_month;
            INSERT INTO {tablePrefix}tickets_opened_per_month ({owner}, month, count)
            SELECT {owner}, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, count(*) FROM tickets WHERE archived_at IS NULL
            GROUP BY 1, 2;

            DELETE FROM {tablePrefix}tickets_resolved_per_day;
            INSERT INTO {tablePrefix}tickets_resolved_per_day ({owner}, day, count, seconds_to_resolve)
            SELECT {owner}, (resolved_at AT TIME ZONE 'UTC')::date, count(*), sum(extract(epoch FROM resolved_at - created_at))
            FROM tickets WHERE archived_at IS NULL AND resolved_at IS NOT NULL
            GROUP BY 1, 2;
        """;
}
