import { getTableName, sql, type Column } from "drizzle-orm";

/**
 * A column of the outer query, named with its table, for a correlated subquery. Drizzle writes the columns of a
 * select from one table without the table's name, and inside a subquery a bare `"id"` names the subquery's own
 * column: a count of a zone's experiments would compare each experiment's zone with its own id.
 */
export function outer(column: Column) {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
