import { DeadEnd } from "@/components/layout/dead-end";

/** The print layout's <main> holds the page: a second one would nest landmarks. */
export default function Forbidden() {
  return <DeadEnd status={403} />;
}
