using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Assets.Api.Apis.Common;

/// <summary>
/// A keyset condition <c>(a, b, c) &lt; (@a, @b, @c)</c> (or &gt;) built from columns and their values, as Npgsql
/// translates <c>EF.Functions.LessThan(ValueTuple.Create(...), ValueTuple.Create(...))</c>. Built here rather than
/// written out per sort, because the row's length varies with the sort and with whether a customer leads it.
/// </summary>
public static class RowComparison
{
    /// <summary>One column of the row and the value to compare it with.</summary>
    public sealed record Column<TRow>(LambdaExpression Selector, Expression Value);

    /// <summary>
    /// The value is read from a holder, as from a closure: EF sends it as a parameter, never as SQL text. The column
    /// must be of the value's own type: a converted column (<c>priority_rank::int</c>) is no longer the index's.
    /// </summary>
    public static Column<TRow> Of<TRow, T>(Expression<Func<TRow, T>> selector, T value)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector.Body is UnaryExpression { NodeType: ExpressionType.Convert })
        {
            throw new ArgumentException($"The column {selector} is converted to {typeof(T).Name}: give a value of the column's type.", nameof(selector));
        }

        return new(selector, Expression.Field(Expression.Constant(new StrongBox<T>(value)), nameof(StrongBox<T>.Value)));
    }

    /// <summary>Rows after the given one: less than it when the list runs descending, greater when ascending.</summary>
    public static Expression<Func<TRow, bool>> After<TRow>(IReadOnlyList<Column<TRow>> row, bool descending)
    {
        var parameter = Expression.Parameter(typeof(TRow), "row");
        var columns = row.Select(c => new ParameterReplacer(c.Selector.Parameters[0], parameter).Visit(c.Selector.Body)).ToArray();
        var values = row.Select(c => c.Value).ToArray();
        var compare = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
            descending ? nameof(NpgsqlDbFunctionsExtensions.LessThan) : nameof(NpgsqlDbFunctionsExtensions.GreaterThan),
            [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;
        var body = Expression.Call(
            compare,
            Expression.Property(null, typeof(EF), nameof(EF.Functions)),
            Expression.Convert(Tuple(columns), typeof(ITuple)),
            Expression.Convert(Tuple(values), typeof(ITuple)));
        return Expression.Lambda<Func<TRow, bool>>(body, parameter);
    }

    private static MethodCallExpression Tuple(Expression[] items)
    {
        var create = typeof(ValueTuple).GetMethods()
            .Single(m => m.Name == nameof(ValueTuple.Create) && m.GetGenericArguments().Length == items.Length)
            .MakeGenericMethod(items.Select(i => i.Type).ToArray());
        return Expression.Call(create, items);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
