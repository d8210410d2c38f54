import type { MailDelivery, NotificationKind } from "@/lib/codes";
import type { DigestFrequency } from "@/lib/mail/codes";

/** What each kind of notification is about, as the preferences page names it. */
export const notificationKindMailLabels: Record<NotificationKind, { label: string; hint: string }> = {
  agenda_published: { label: "Dagsorden offentliggjort", hint: "En dagsorden til et møde, du deltager i, er offentliggjort." },
  decision_made: { label: "Beslutninger", hint: "Der er truffet en beslutning om dit projekt, din gevinst, dit forsøg eller din ændringsanmodning." },
  department_request: { label: "Anmodninger i din afdeling", hint: "En fasegodkendelse eller ændringsanmodning fra din afdeling venter." },
  idea_update: { label: "Dine idéer", hint: "Din idé er behandlet eller kommenteret." },
  minutes_ready: { label: "Referater til godkendelse", hint: "Et referat venter på din godkendelse." },
  overdue: { label: "Overskredne frister", hint: "En statusrapport eller måling er overskredet." },
  share_link_created: { label: "Delte erfaringer", hint: "Der er oprettet et delingslink til en erfaring fra dit projekt." },
};

export const mailDeliveryLabels: Record<MailDelivery, string> = {
  immediate: "Straks",
  daily: "Dagligt sammendrag (kl. 7)",
  weekly: "Ugentligt sammendrag (mandag kl. 7)",
  off: "Ingen e-mail",
};

/** Subjects say what kind of thing happened, never which figures: a subject line is read in many places. */
export const notificationMailSubjects: Record<NotificationKind, string> = {
  agenda_published: "Styrerum: Ny dagsorden offentliggjort",
  decision_made: "Styrerum: Ny beslutning",
  department_request: "Styrerum: Ny anmodning i din afdeling",
  idea_update: "Styrerum: Nyt om din idé",
  minutes_ready: "Styrerum: Referat til godkendelse",
  overdue: "Styrerum: En frist er overskredet",
  share_link_created: "Styrerum: En erfaring er delt",
};

export const digestMailSubjects: Record<DigestFrequency, string> = {
  daily: "Styrerum: Dagens sammendrag",
  weekly: "Styrerum: Ugens sammendrag",
};
