export { outcomesFor } from "./decision-outcomes";

const copenhagenClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "YYYY-MM-DD HH:MM" in Copenhagen local time, comparable as text with a meeting's date and time. */
export function copenhagenMinute(now: Date): string {
  return copenhagenClock.format(now).replace("T", " ");
}

/** Decisions may be recorded from the meeting's scheduled start (Copenhagen time) or after a director started it early. */
export function meetingHasStarted(meeting: { date: string; time: string; startedEarlyAt: string | null }, now: Date): boolean {
  if (meeting.startedEarlyAt) return true;
  return copenhagenMinute(now) >= `${meeting.date} ${meeting.time}`;
}

/** Minutes can be approved once the meeting has been held (a decision recorded marks it held). */
export function minutesMayBeApproved(status: "planned" | "held" | "minutes_approved"): boolean {
  return status === "held";
}

/**
 * A meeting's participants may change until it is held: they are the directors who approve the minutes, so after the
 * meeting nobody can add or remove one to decide who locks them.
 */
export function participantsMayChange(status: "planned" | "held" | "minutes_approved"): boolean {
  return status === "planned";
}
