import { z } from "zod";

type FieldMessages = Record<string, string[]>;
type Rules<Shape extends z.ZodRawShape> = (value: Partial<z.infer<z.ZodObject<Shape>>>) => FieldMessages;

const rulesOf = new WeakMap<z.ZodType, { shape: z.ZodRawShape; rules: (value: Record<string, unknown>) => FieldMessages }>();

/**
 * An object schema with rules between its fields (dates in order, a value that needs another). Zod checks such
 * rules only once every field has parsed, so a user would meet them only after mending the rest; the rules given
 * here are also applied, by `ruleMessagesOnParsedFields`, to the fields that did parse. They must therefore take
 * any field as possibly missing.
 */
export function withFieldRules<Shape extends z.ZodRawShape>(object: z.ZodObject<Shape>, rules: Rules<Shape>) {
  const schema = object.superRefine((value, ctx) => {
    for (const [path, messages] of Object.entries(rules(value as Partial<z.infer<z.ZodObject<Shape>>>))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [path], message });
    }
  });
  rulesOf.set(schema, { shape: object.shape, rules: rules as (value: Record<string, unknown>) => FieldMessages });
  return schema;
}

/** The messages of a schema's rules between fields, over the fields of `raw` that parse on their own; none for other schemas. */
export function ruleMessagesOnParsedFields(schema: z.ZodType, raw: Record<string, unknown>): FieldMessages {
  const entry = rulesOf.get(schema);
  if (!entry) return {};
  const parsed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(entry.shape)) {
    const result = (field as z.ZodType).safeParse(raw[key]);
    if (result.success) parsed[key] = result.data;
  }
  return entry.rules(parsed);
}
