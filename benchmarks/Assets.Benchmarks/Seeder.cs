using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Assets.Benchmarks;

/// <summary>
/// Seeds one provider's realistic volume straight into the assets database with binary COPY (the
/// API would take hours for a million tickets), as a bulk load is done: the KPI counters' triggers off
/// during the load and the counters rebuilt after it. Deterministic: the same volume gives the same data.
/// </summary>
public static class Seeder
{
    private static readonly string[] Problems = ["Pump leaking", "Boiler pressure low", "Door sensor fault", "Display dark", "Noisy fan", "Filter clogged", "Firmware update", "Annual inspection", "Error code E42", "No heating"];
    private static readonly string[] Models = ["Vitodens 200", "Chiller X5", "Pump P-40", "Gate G2", "Sensor S1"];

    public static async Task<SeededData> SeedAsync(string connectionString, SeedVolume volume)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var providerId = Guid.NewGuid();
        var departments = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var customers = Enumerable.Range(0, volume.Customers).Select(_ => Guid.NewGuid()).ToArray();
        var objects = customers.SelectMany(c => Enumerable.Range(0, volume.ObjectsPerCustomer).Select(_ => (Id: Guid.NewGuid(), Customer: c))).ToArray();

        // No command timeout: a COPY of a million rows into a table with a dozen indexes takes minutes.
        await using var connection = new NpgsqlConnection(connectionString + ";Command Timeout=0");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ALTER TABLE tickets DISABLE TRIGGER USER; ALTER TABLE devices DISABLE TRIGGER USER");

        await CopyAsync(connection, "departments (id, provider_id, name)", departments.Select((d, i) => new object?[] { d, providerId, $"Department {i + 1}" }));
        await CopyAsync(connection, "customers (id, provider_id, name, slug, type, department_id, independent)",
            customers.Select((c, i) => new object?[] { c, providerId, $"Customer {i + 1:00}", $"customer-{i + 1:00}", "corporate", departments[i % departments.Length], false }));
        await CopyAsync(connection, "objects (id, provider_id, customer_id, department_id, name, address, created_at)",
            objects.Select((o, i) => new object?[] { o.Id, providerId, o.Customer, departments[i % departments.Length], $"Site {i + 1}", $"Street {i + 1}", now.AddDays(-800) }));

        var devices = new (Guid Id, Guid Customer, Guid Object)[volume.Devices];
        await CopyAsync(connection, "devices (id, provider_id, customer_id, object_id, name, serial_number, model, status, installed_on, next_service_on, code, created_at, updated_at)",
            Enumerable.Range(0, volume.Devices).Select(i =>
            {
                var site = objects[i % objects.Length];
                devices[i] = (Guid.NewGuid(), site.Customer, site.Id);
                var created = now.AddDays(-random.Next(30, 800));
                return new object?[]
                {
                    devices[i].Id, providerId, site.Customer, site.Id, $"{Models[i % Models.Length]} #{i + 1}", $"SN-{i + 1:000000}", Models[i % Models.Length],
                    DeviceStatus(random.Next(100)), DateOnly.FromDateTime(created.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime.AddDays(random.Next(-60, 365))),
                    Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_') + i.ToString("x5"), created, created,
                };
            }));

        await CopyAsync(connection, "tickets (id, provider_id, customer_id, object_id, device_id, title, description, priority, status, created_by, created_at, updated_at, resolved_at, closed_at)",
            Enumerable.Range(0, volume.Tickets).Select(i =>
            {
                var device = devices[random.Next(devices.Length)];
                var created = now.AddMinutes(-random.Next(1, 60 * 24 * 450));
                var status = TicketStatus(random.Next(100));
                DateTimeOffset? resolved = status is "resolved" or "closed" ? Min(created.AddHours(random.Next(1, 240)), now) : null;
                DateTimeOffset? closed = status == "closed" ? Min(resolved!.Value.AddHours(random.Next(1, 72)), now) : null;
                var problem = Problems[random.Next(Problems.Length)];
                return new object?[]
                {
                    Guid.NewGuid(), providerId, device.Customer, device.Object, device.Id, problem, $"{problem} reported by the customer (case {i + 1}).",
                    Priority(random.Next(100)), status, Guid.NewGuid(), created, closed ?? resolved ?? created, resolved, closed,
                };
            }));

        await CopyAsync(connection, "video_sessions (id, provider_id, customer_id, object_id, device_id, title, status, scheduled_at, participant_ids, created_by, created_at)",
            Enumerable.Range(0, volume.VideoSessions).Select(i =>
            {
                var device = devices[random.Next(devices.Length)];
                var scheduled = now.AddHours(random.Next(-24 * 90, 24 * 30));
                return new object?[]
                {
                    Guid.NewGuid(), providerId, device.Customer, device.Object, device.Id, $"Remote check {i + 1}",
                    scheduled > now ? "scheduled" : "ended", scheduled, new[] { Guid.NewGuid() }, Guid.NewGuid(), scheduled.AddDays(-7),
                };
            }));

        // The two callers, as identity's access events would have told assets about them.
        var customerUser = Guid.NewGuid();
        var staff = Guid.NewGuid();
        await CopyAsync(connection, "user_scopes (user_id, organization_id, organization_kind, role, permissions, all_customers, customer_ids, department_ids, portal_areas, object_ids, active, access_version, updated_at)",
        [
            [customerUser, customers[0], "customer", "administrator", Tokens.Permissions, false, Array.Empty<Guid>(), Array.Empty<Guid>(), Tokens.PortalAreas, Array.Empty<Guid>(), true, 1L, now],
            [staff, providerId, "provider", "administrator", Tokens.Permissions, true, Array.Empty<Guid>(), Array.Empty<Guid>(), Tokens.PortalAreas, Array.Empty<Guid>(), true, 1L, now],
        ]);

        await ExecuteAsync(connection, "ALTER TABLE tickets ENABLE TRIGGER USER; ALTER TABLE devices ENABLE TRIGGER USER");
        var loadTime = watch.Elapsed;
        var rebuild = Stopwatch.StartNew();
        await ExecuteAsync(connection, "SELECT rebuild_kpi_counters()");
        rebuild.Stop();

        Console.WriteLine($"Seeded {volume} in {watch.Elapsed.TotalSeconds:0.0} s (KPI counters rebuilt in {rebuild.Elapsed.TotalSeconds:0.0} s).");
        return new SeededData(volume, providerId, customers, customerUser, staff, objects[0].Id, devices[0].Id, loadTime, rebuild.Elapsed);
    }

    /// <summary>
    /// The steady state autovacuum keeps (statistics, visibility maps for index-only scans), and the load's dirty pages
    /// written out, so that no checkpoint of the bulk load runs beside the measurements.
    /// </summary>
    public static async Task SettleAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "VACUUM ANALYZE");
        await ExecuteAsync(connection, "CHECKPOINT");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        // No timeout: VACUUM and the rebuild take minutes at the larger sizes.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, IEnumerable<object?[]> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var value in row)
            {
                await (value switch
                {
                    null => writer.WriteNullAsync(),
                    DateTimeOffset time => writer.WriteAsync(time.UtcDateTime, NpgsqlDbType.TimestampTz),
                    DateOnly date => writer.WriteAsync(date, NpgsqlDbType.Date),
                    Guid[] ids => writer.WriteAsync(ids, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                    string[] texts => writer.WriteAsync(texts, NpgsqlDbType.Array | NpgsqlDbType.Text),
                    _ => writer.WriteAsync(value),
                });
            }
        }

        await writer.CompleteAsync();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string DeviceStatus(int roll) => roll switch { < 80 => "operational", < 88 => "warning", < 93 => "fault", < 98 => "offline", _ => "decommissioned" };

    private static string TicketStatus(int roll) => roll switch { < 10 => "open", < 15 => "in_progress", < 30 => "resolved", _ => "closed" };

    private static string Priority(int roll) => roll switch { < 25 => "low", < 75 => "normal", < 95 => "high", _ => "urgent" };
}
