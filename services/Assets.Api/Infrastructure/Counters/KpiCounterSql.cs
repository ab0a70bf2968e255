namespace Assets.Api.Infrastructure.Counters;

/// <summary>
/// The SQL that keeps the KPI counters (Model/Counters) in step with tickets and devices. Triggers, so
/// that every writer counts in the same transaction as its change: the API, a bulk COPY, a fix by hand.
/// Each trigger takes the row's old contribution away and adds its new one, netted per counter key and
/// applied in key order, so that two transactions moving tickets in opposite directions never wait for
/// each other in a circle. <c>rebuild_kpi_counters()</c> recounts everything from the rows. The migration
/// KpiCountersAndSortIndexes runs <see cref="Create"/>: a change here needs a migration of its own.
/// </summary>
public static class KpiCounterSql
{
    public const string RebuildFunction = "rebuild_kpi_counters";

    public const string Create = """
        CREATE FUNCTION count_ticket_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was_live boolean := CASE WHEN TG_OP = 'INSERT' THEN false ELSE OLD.archived_at IS NULL END;
            is_live boolean := CASE WHEN TG_OP = 'DELETE' THEN false ELSE NEW.archived_at IS NULL END;
        BEGIN
            INSERT INTO ticket_counts AS c (customer_id, status, priority, count)
            SELECT customer_id, status, priority, sum(delta) FROM (
                SELECT OLD.customer_id, OLD.status, OLD.priority, -1 WHERE was_live
                UNION ALL
                SELECT NEW.customer_id, NEW.status, NEW.priority, 1 WHERE is_live
            ) AS change (customer_id, status, priority, delta)
            GROUP BY customer_id, status, priority HAVING sum(delta) <> 0
            ORDER BY customer_id, status, priority
            ON CONFLICT (customer_id, status, priority) DO UPDATE SET count = c.count + excluded.count;

            INSERT INTO tickets_opened_per_month AS m (customer_id, month, count)
            SELECT customer_id, month, sum(delta) FROM (
                SELECT OLD.customer_id, date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, -1 WHERE was_live
                UNION ALL
                SELECT NEW.customer_id, date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, 1 WHERE is_live
            ) AS change (customer_id, month, delta)
            GROUP BY customer_id, month HAVING sum(delta) <> 0
            ORDER BY customer_id, month
            ON CONFLICT (customer_id, month) DO UPDATE SET count = m.count + excluded.count;

            INSERT INTO tickets_resolved_per_day AS d (customer_id, day, count, seconds_to_resolve)
            SELECT customer_id, day, sum(delta), sum(delta * seconds) FROM (
                SELECT OLD.customer_id, (OLD.resolved_at AT TIME ZONE 'UTC')::date, -1, extract(epoch FROM OLD.resolved_at - OLD.created_at)
                WHERE was_live AND OLD.resolved_at IS NOT NULL
                UNION ALL
                SELECT NEW.customer_id, (NEW.resolved_at AT TIME ZONE 'UTC')::date, 1, extract(epoch FROM NEW.resolved_at - NEW.created_at)
                WHERE is_live AND NEW.resolved_at IS NOT NULL
            ) AS change (customer_id, day, delta, seconds)
            GROUP BY customer_id, day HAVING sum(delta) <> 0 OR sum(delta * seconds) <> 0
            ORDER BY customer_id, day
            ON CONFLICT (customer_id, day) DO UPDATE
                SET count = d.count + excluded.count, seconds_to_resolve = d.seconds_to_resolve + excluded.seconds_to_resolve;
            RETURN NULL;
        END $$;

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
            DELETE FROM ticket_counts;
            INSERT INTO ticket_counts (customer_id, status, priority, count)
            SELECT customer_id, status, priority, count(*) FROM tickets WHERE archived_at IS NULL
            GROUP BY customer_id, status, priority;

            DELETE FROM tickets_opened_per_month;
            INSERT INTO tickets_opened_per_month (customer_id, month, count)
            SELECT customer_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, count(*) FROM tickets WHERE archived_at IS NULL
            GROUP BY 1, 2;

            DELETE FROM tickets_resolved_per_day;
            INSERT INTO tickets_resolved_per_day (customer_id, day, count, seconds_to_resolve)
            SELECT customer_id, (resolved_at AT TIME ZONE 'UTC')::date, count(*), sum(extract(epoch FROM resolved_at - created_at))
            FROM tickets WHERE archived_at IS NULL AND resolved_at IS NOT NULL
            GROUP BY 1, 2;

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
}
