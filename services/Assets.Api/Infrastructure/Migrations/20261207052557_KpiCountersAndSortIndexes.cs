using System;
using Assets.Api.Infrastructure.Counters;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class KpiCountersAndSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "priority_rank",
                table: "tickets",
                type: "smallint",
                nullable: false,
                computedColumnSql: "CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 END",
                stored: true);

            migrationBuilder.AddColumn<short>(
                name: "status_rank",
                table: "tickets",
                type: "smallint",
                nullable: false,
                computedColumnSql: "CASE status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'resolved' THEN 2 WHEN 'closed' THEN 3 END",
                stored: true);

            migrationBuilder.CreateTable(
                name: "device_counts",
                columns: table => new
                {
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_device_counts", x => new { x.customer_id, x.status });
                    table.ForeignKey(
                        name: "fk_device_counts_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_counts",
                columns: table => new
                {
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_counts", x => new { x.customer_id, x.status, x.priority });
                    table.ForeignKey(
                        name: "fk_ticket_counts_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_opened_per_month",
                columns: table => new
                {
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tickets_opened_per_month", x => new { x.customer_id, x.month });
                    table.ForeignKey(
                        name: "fk_tickets_opened_per_month_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_resolved_per_day",
                columns: table => new
                {
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    seconds_to_resolve = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tickets_resolved_per_day", x => new { x.customer_id, x.day });
                    table.ForeignKey(
                        name: "fk_tickets_resolved_per_day_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_priority_live",
                table: "tickets",
                columns: new[] { "customer_id", "priority_rank", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_status_live",
                table: "tickets",
                columns: new[] { "customer_id", "status_rank", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_title_live",
                table: "tickets",
                columns: new[] { "customer_id", "title", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_updated_at_live",
                table: "tickets",
                columns: new[] { "customer_id", "updated_at", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_priority_live",
                table: "tickets",
                columns: new[] { "priority_rank", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_status_live",
                table: "tickets",
                columns: new[] { "status_rank", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_title_live",
                table: "tickets",
                columns: new[] { "title", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_updated_at_live",
                table: "tickets",
                columns: new[] { "updated_at", "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_created_at_live",
                table: "devices",
                columns: new[] { "created_at", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_name_live",
                table: "devices",
                columns: new[] { "name", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_next_service_on_live",
                table: "devices",
                columns: new[] { "next_service_on", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_serial_number_live",
                table: "devices",
                columns: new[] { "serial_number", "id" },
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_devices_service_due",
                table: "devices",
                columns: new[] { "customer_id", "next_service_on" },
                filter: "archived_at IS NULL AND next_service_on IS NOT NULL AND status <> 'decommissioned'");

            migrationBuilder.CreateIndex(
                name: "ix_devices_status_live",
                table: "devices",
                columns: new[] { "status", "id" },
                filter: "archived_at IS NULL");

            // The triggers that keep the counters, the function that rebuilds them, and a first count of what is there.
            migrationBuilder.Sql(KpiCounterSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(KpiCounterSql.Drop);

            migrationBuilder.DropTable(
                name: "device_counts");

            migrationBuilder.DropTable(
                name: "ticket_counts");

            migrationBuilder.DropTable(
                name: "tickets_opened_per_month");

            migrationBuilder.DropTable(
                name: "tickets_resolved_per_day");

            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_priority_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_status_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_title_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_updated_at_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_priority_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_status_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_title_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_updated_at_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_devices_created_at_live",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_name_live",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_next_service_on_live",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_serial_number_live",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_service_due",
                table: "devices");

            migrationBuilder.DropIndex(
                name: "ix_devices_status_live",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "priority_rank",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "status_rank",
                table: "tickets");
        }
    }
}
