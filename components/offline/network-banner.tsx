/** Meeting mode's connection banner, always shown: the state in words (and a symbol), never colour alone. */
export function NetworkBanner({ online, ready }: { online: boolean; ready: boolean }) {
  return (
    <div className={online ? "network-banner is-online" : "network-banner"}>
      <p role="status" className="font-semibold">
        <span aria-hidden="true">{online ? "● " : "○ "}</span>
        <span>{online ? "Online" : "Uden net — det du skriver gemmes på enheden"}</span>
      </p>
      <p role="status">{ready ? "Mødet er klar til brug uden net" : ""}</p>
    </div>
  );
}
