/**
 * A consequential action behind one more step: the first press opens what it will do and the button that does it.
 * A disclosure, so it works without JavaScript and by keyboard.
 */
export function ConfirmStep({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="group">
      <summary className="btn btn-secondary cursor-pointer list-none [&::-webkit-details-marker]:hidden">{label}</summary>
      <div className="mt-2 space-y-2 rounded-md border border-red-300 bg-red-50 p-3">{children}</div>
    </details>
  );
}
