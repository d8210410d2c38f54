/** Meeting mode's connection banner, always shown: the state in words (and a symbol), never colour alone. */
export function NetworkBanner({ online, ready }: { online: boolean; ready: boolean }) {
  return (
    <div className={`flex flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 text-base ${online ? "bg-green-50 text-green-950" : "bg-amber-100 text-amber-950"}`}>
      <p role="status" className="font-semibold">
        <span aria-hidden="true">{online ? "● " : "○ "}</span>
        <span>{online ? "Online" : "Uden net — det du skriver gemmes på enheden"}</span>
      </p>
      <p role="status">{ready ? "Mødet er klar til brug uden net" : ""}</p>
    </div>
  );
}
