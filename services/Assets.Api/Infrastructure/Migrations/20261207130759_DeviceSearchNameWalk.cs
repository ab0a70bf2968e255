using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DeviceSearchNameWalk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_devices_provider_name_search",
                table: "devices",
                columns: new[] { "provider_id", "name", "id" },
                filter: "archived_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "customer_id", "search_text" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_devices_provider_name_search",
                table: "devices");
        }
    }
}
