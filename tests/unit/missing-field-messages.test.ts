import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { agendaItemEditSchema, freeItemSchema, meetingSchema, queueKeySchema } from "@/lib/validation/meetings";
import { projectFormSchema } from "@/lib/validation/projects";

/** The messages of every issue when `schema` parses a form with nothing in it. */
function messagesForEmptyForm(schema: z.ZodType): Record<string, string[]> {
  const result = schema.safeParse({});
  if (result.success) return {};
  const messages: Record<string, string[]> = {};
  for (const issue of result.error.issues) (messages[String(issue.path[0])] ??= []).push(issue.message);
  return messages;
}

// The bad-input sweep found zod's English default ("Invalid input: expected string, received undefined") shown
// for these fields when a request left them out.
describe("a form that leaves out a required text field", () => {
  it("gets a Danish message for the meeting's title and time, an agenda item's title and the queue key", () => {
    expect(messagesForEmptyForm(meetingSchema)).toMatchObject({ title: ["Skriv en titel"], time: ["Skriv tidspunktet som tt:mm"] });
    expect(messagesForEmptyForm(freeItemSchema)).toMatchObject({ title: ["Skriv en titel"] });
    expect(messagesForEmptyForm(agendaItemEditSchema)).toMatchObject({ title: ["Skriv en titel"] });
    expect(messagesForEmptyForm(queueKeySchema)).toEqual({ key: ["Ukendt punkt i beslutningskøen"] });
  });

  it("gets a Danish message for the project's title", () => {
    expect(messagesForEmptyForm(projectFormSchema).title).toEqual(["Skriv en titel"]);
  });
});
