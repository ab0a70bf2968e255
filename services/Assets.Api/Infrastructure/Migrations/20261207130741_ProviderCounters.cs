using System;
using Assets.Api.Infrastructure.Counters;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProviderCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "provider_ticket_counts",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_ticket_counts", x => new { x.provider_id, x.status, x.priority });
                });

            migrationBuilder.CreateTable(
                name: "provider_tickets_opened_per_month",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_tickets_opened_per_month", x => new { x.provider_id, x.month });
                });

            migrationBuilder.CreateTable(
                name: "provider_tickets_resolved_per_day",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    seconds_to_resolve = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_tickets_resolved_per_day", x => new { x.provider_id, x.day });
                });

            migrationBuilder.Sql(KpiCounterSql.CreateProviderCounters);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(KpiCounterSql.DropProviderCounters);

            migrationBuilder.DropTable(
                name: "provider_ticket_counts");

            migrationBuilder.DropTable(
                name: "provider_tickets_opened_per_month");

            migrationBuilder.DropTable(
                name: "provider_tickets_resolved_per_day");
        }
    }
}
