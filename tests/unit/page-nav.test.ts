import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageNav, pageHref } from "@/components/dashboard/page-nav";

const render = (page: number, count: number) =>
  renderToStaticMarkup(createElement(PageNav, { href: "/portfolio?phase=trial&sort=budget", page, count, fragment: "#projekter" }));

describe("page links", () => {
  it("add side= to the address, keeping its filter and sorting, and leave page 1 plain", () => {
    expect(pageHref("/portfolio", 1)).toBe("/portfolio");
    expect(pageHref("/portfolio", 3, "#projekter")).toBe("/portfolio?side=3#projekter");
    expect(pageHref("/portfolio?phase=trial", 2)).toBe("/portfolio?phase=trial&side=2");
  });

  it("are a navigation named Sider with the current page marked", () => {
    const html = render(2, 30);
    expect(html).toMatch(/^<nav aria-label="Sider"/);
    const links = [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, text]) => ({
      href: attributes.match(/href="([^"]*)"/)![1].replaceAll("&amp;", "&"),
      current: attributes.includes('aria-current="page"'),
      rel: attributes.match(/rel="([^"]*)"/)?.[1],
      text: text.replace(/<[^>]+>/g, ""),
    }));
    const base = "/portfolio?phase=trial&sort=budget";
    expect(links.filter((link) => link.current)).toEqual([{ href: `${base}&side=2#projekter`, current: true, rel: undefined, text: "Side 2" }]);
    expect(links.find((link) => link.rel === "prev")).toMatchObject({ href: `${base}#projekter`, text: "Forrige side" });
    expect(links.find((link) => link.rel === "next")).toMatchObject({ href: `${base}&side=3#projekter`, text: "Næste side" });
    expect(links.map((link) => link.text)).toEqual(["Forrige side", "Side 1", "Side 2", "Side 3", "Side 30", "Næste side"]);
    expect(html).toContain("…");
    // Every link is at least 44 × 44 px.
    for (const link of html.match(/<a [^>]*>/g)!) expect(link).toContain("min-h-11 min-w-11");
  });

  it("are left out when everything fits on one page", () => {
    expect(render(1, 1)).toBe("");
  });
});
