import { SubmitButton } from "@/components/ui/form";

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

/**
 * A form's submit button; with `confirm` the same behind ConfirmStep, where the button inside reads `confirm.yes`.
 * Used inside a client form (SubmitButton reads the form's pending state).
 */
export function ConfirmableSubmit({
  label,
  pendingText,
  className = "btn btn-secondary",
  confirm,
}: {
  label: string;
  pendingText: string;
  className?: string;
  confirm?: { text: string; yes: string };
}) {
  if (!confirm) {
    return (
      <SubmitButton className={className} pendingText={pendingText}>
        {label}
      </SubmitButton>
    );
  }
  return (
    <ConfirmStep label={label}>
      <p className="text-sm">{confirm.text}</p>
      <SubmitButton className="btn" pendingText={pendingText}>
        {confirm.yes}
      </SubmitButton>
    </ConfirmStep>
  );
}
