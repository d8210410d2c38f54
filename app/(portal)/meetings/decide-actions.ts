"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import { undoDecision } from "@/lib/services/meeting-decision-undo";
import { markMeetingHeld, startMeetingEarly } from "@/lib/services/meeting-start";

const meetingPaths: Revalidation[] = [{ layout: "/meetings" }];

export const undoDecisionAction = serviceAction((user, formData, itemId: number) => undoDecision(user, itemId, formData), {
  success: ({ result: manual }) =>
    manual.length ? `Beslutningen er fortrudt. Skal rettes i hånden: ${manual.join(" ")}` : "Beslutningen er fortrudt, og dens virkning er rullet tilbage.",
  revalidate: meetingPaths,
});

export const startMeetingEarlyAction = serviceAction((user, _formData, meetingId: number) => startMeetingEarly(user, meetingId), {
  success: "Mødet er startet.",
  revalidate: meetingPaths,
});

export const markMeetingHeldAction = serviceAction((user, _formData, meetingId: number) => markMeetingHeld(user, meetingId), {
  success: "Mødet er markeret som afholdt.",
  revalidate: meetingPaths,
});
