import { DeadEnd } from "@/components/layout/dead-end";

/** Inside the portal the shell's <main> holds the page: a second one would nest landmarks. */
export default function Forbidden() {
  return <DeadEnd status={403} />;
}
