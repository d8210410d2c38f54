/** A share drawn as a bar; the caller shows the same number as text beside it. */
export function ShareBar({ share }: { share: number }) {
  const width = Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  return (
    <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-3 w-full" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="8" rx="2" fill="#d4e9ee" />
      <rect x="0" y="0" width={width} height="8" rx="2" fill="#17606f" />
    </svg>
  );
}
