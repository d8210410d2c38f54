/** The confirmation shown at the top of a page after an action moved the user there (`?notice=…`). */
export function NoticeBanner({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900">
      {text}
    </p>
  );
}
