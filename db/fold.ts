import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * Case folding for Danish text. SQLite's lower() and LIKE fold only A–Z, so openDatabase registers a fold() SQL
 * function that lowers like foldText: "økonomi" then matches "Økonomi".
 */
export const foldText = (value: string): string => value.toLocaleLowerCase("da");

/** The SQL expression lowered by fold(). */
export const folded = (expression: SQLWrapper): SQL => sql`fold(${expression})`;

/** A LIKE pattern (with escape '\') that finds `text` anywhere, folded, its %, _ and \ taken literally. */
export const containsPattern = (text: string): string => `%${foldText(text).replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
