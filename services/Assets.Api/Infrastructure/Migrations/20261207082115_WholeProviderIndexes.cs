using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WholeProviderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_video_sessions_provider_id_status_scheduled_at",
                table: "video_sessions",
                columns: new[] { "provider_id", "status", "scheduled_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "customer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_service_due_per_provider",
                table: "devices",
                columns: new[] { "provider_id", "next_service_on" },
                filter: "archived_at IS NULL AND next_service_on IS NOT NULL AND status <> 'decommissioned'")
                .Annotation("Npgsql:IndexInclude", new[] { "customer_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_video_sessions_provider_id_status_scheduled_at",
                table: "video_sessions");

            migrationBuilder.DropIndex(
                name: "ix_devices_service_due_per_provider",
                table: "devices");
        }
    }
}
