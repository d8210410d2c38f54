/** A director's two answers to a request, submitted as the form's `decision`: approved or rejected. */
export function DecisionButtons({ approveLabel = "Godkend" }: { approveLabel?: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="decision" value="approved" className="btn">
        {approveLabel}
      </button>
      <button type="submit" name="decision" value="rejected" className="btn btn-secondary">
        Afvis
      </button>
    </div>
  );
}
