import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describedBy, TextField } from "@/components/ui/form";

describe("a field's hint and error ids", () => {
  it("come from the field's id", () => {
    expect(describedBy("title", false)).toBeUndefined();
    expect(describedBy("risk-7-title", true, "Kort og præcist")).toBe("risk-7-title-hint risk-7-title-error");
  });

  it("stay unique when two forms on a page share a field name", () => {
    const state = { ok: false, message: "Ret de markerede felter, og prøv igen.", fieldErrors: { title: ["Titel mangler"] } };
    const html = ["a", "b"]
      .map((form) => renderToStaticMarkup(createElement(TextField, { name: "title", label: "Titel", id: `${form}-title`, hint: "Kort", state })))
      .join("");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(["a-title", "a-title-hint", "a-title-error", "b-title", "b-title-hint", "b-title-error"]);
    expect(html).toContain('aria-describedby="b-title-hint b-title-error"');
  });
});
