import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between the portal's pages, without prefetching. Every page is rendered for its user on request and
 * no route has a loading state, so a prefetch can fetch only the shell while it costs the server a render: a
 * director opening /portfolio set off 18 of them. A click fetches the page as it would anyway.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
