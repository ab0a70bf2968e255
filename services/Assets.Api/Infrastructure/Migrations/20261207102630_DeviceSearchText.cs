using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DeviceSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_devices_text_trgm",
                table: "devices");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "devices",
                type: "text",
                nullable: false,
                computedColumnSql: "lower(name || chr(31) || coalesce(serial_number, '') || chr(31) || coalesce(model, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_devices_search_text_trgm",
                table: "devices",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_devices_search_text_trgm",
                table: "devices");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "devices");

            migrationBuilder.CreateIndex(
                name: "ix_devices_text_trgm",
                table: "devices",
                columns: new[] { "name", "serial_number", "model" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops", "gin_trgm_ops", "gin_trgm_ops" });
        }
    }
}
